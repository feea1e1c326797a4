package org.occtensor.xray.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.occtensor.xray.api.ReflectionFileException;

/**
 * One 80-character MTZ header record with its position, so that parse errors can name it.
 *
 * @param file   the file being read
 * @param index  1-based record number counted from the start of the header
 * @param offset byte offset of the record in the file
 * @param text   the record with trailing blanks removed
 */
record MtzRecord(Path file, int index, long offset, String text) {

    /** Returns the record keyword in upper case ("COLUMN", "SYMINF", ...). */
    String keyword() {
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end).toUpperCase(Locale.ROOT);
    }

    /** Returns the text after the keyword, trimmed. */
    String arguments() {
        return text.substring(keyword().length()).trim();
    }

    /** Splits the arguments on blanks; a single-quoted part is one token without its quotes. */
    List<String> tokens() {
        List<String> tokens = new ArrayList<>();
        String args = arguments();
        int i = 0;
        while (i < args.length()) {
            char c = args.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                int close = args.indexOf('\'', i + 1);
                int end = close < 0 ? args.length() : close;
                tokens.add(args.substring(i + 1, end));
                i = end + 1;
            } else {
                int end = i;
                while (end < args.length() && !Character.isWhitespace(args.charAt(end))) {
                    end++;
                }
                tokens.add(args.substring(i, end));
                i = end;
            }
        }
        return tokens;
    }

    String location() {
        return "header record " + index + " at byte offset " + offset + " (" + text + ")";
    }

    ReflectionFileException error(String problem) {
        return new ReflectionFileException(file, location(), problem);
    }

    int intAt(List<String> tokens, int position, String what) throws ReflectionFileException {
        String token = tokenAt(tokens, position, what);
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw error("invalid " + what + " '" + token + "', expected an integer");
        }
    }

    double doubleAt(List<String> tokens, int position, String what) throws ReflectionFileException {
        String token = tokenAt(tokens, position, what);
        Double value = parseDouble(token);
        if (value == null) {
            throw error("invalid " + what + " '" + token + "', expected a number");
        }
        return value;
    }

    private String tokenAt(List<String> tokens, int position, String what) throws ReflectionFileException {
        if (position >= tokens.size()) {
            throw error("missing " + what);
        }
        return tokens.get(position);
    }

    /** Parses a number, accepting "NaN" in any case; returns null when the token is not a number. */
    static Double parseDouble(String token) {
        if (token.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
