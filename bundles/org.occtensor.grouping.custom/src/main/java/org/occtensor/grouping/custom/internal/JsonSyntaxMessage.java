package org.occtensor.grouping.custom.internal;

import java.io.EOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Describes a JSON syntax error found by Gson in plain words, with its line and column.
 *
 * <p>Gson 2.13 puts "at line L column C path P" into each message. A construct that only lenient
 * parsing accepts (a comment, single quotes, an unquoted word, a trailing comma) gets the same
 * message for every case, with advice to call a Gson method and a link to Gson's documentation.
 * Neither helps someone editing a group file, so that case is recognised from the text around the
 * reported position. Gson reports some errors at the offending char and others just
 * after it, so both chars are examined.
 */
final class JsonSyntaxMessage {

    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+)");
    /** Start of Gson's message for syntax that only lenient parsing accepts. */
    private static final String LENIENT_ONLY = "Use JsonReader.setStrictness";
    /** Maximum length of a piece of the file quoted in a message, in chars. */
    private static final int MAX_QUOTED_CHARS = 30;

    private final String text;
    private final int line;
    private final int column;
    /** 0-based offset in {@code text} of Gson's line and column. */
    private final int offset;

    private JsonSyntaxMessage(String text, int line, int column) {
        this.text = text;
        this.line = line;
        this.column = column;
        this.offset = offsetOf(text, line, column);
    }

    /**
     * Returns " at line L, column C: what is wrong" for a Gson parse error of {@code text}, or
     * ": what is wrong" when Gson's message has no location.
     */
    static String describe(String text, Throwable error) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        String gsonMessage = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
        Matcher location = LOCATION.matcher(gsonMessage);
        if (!location.find()) {
            boolean plain = !gsonMessage.isEmpty() && !gsonMessage.contains(LENIENT_ONLY);
            return ": " + (plain ? gsonMessage : "invalid syntax");
        }
        JsonSyntaxMessage message = new JsonSyntaxMessage(text, Integer.parseInt(location.group(1)),
                Integer.parseInt(location.group(2)));
        String kind = gsonMessage.substring(0, location.start());
        return message.where() + ": " + message.explain(kind, cause instanceof EOFException);
    }

    /** Returns " at line L, column C" from a Gson error, or "" when its message has no location. */
    static String location(Throwable error) {
        String gsonMessage = error.getMessage() == null ? "" : error.getMessage();
        Matcher location = LOCATION.matcher(gsonMessage);
        return location.find() ? " at line " + location.group(1) + ", column " + location.group(2) : "";
    }

    private String where() {
        return " at line " + line + ", column " + column;
    }

    private String explain(String kind, boolean endOfInput) {
        if (endOfInput || kind.startsWith("End of input")) {
            return "the file ends before the JSON is complete, so it is truncated or a closing bracket or quote"
                    + " is missing";
        }
        if (isTrailingComma()) {
            return "a comma follows the last element; remove the comma before '" + charAt(offset - 1) + "'";
        }

        if (kind.startsWith("Expected ':'")) {
            return "expected ':' after the key";
        }
        if (kind.startsWith("Expected name")) {
            return "expected a key in double quotes";
        }
        if (kind.startsWith("Expected value")) {
            return explainMissingValue();
        }

        if (kind.startsWith("Unterminated object")) {
            return "expected ',' or '}' after a value in an object";
        }
        if (kind.startsWith("Unterminated array")) {
            return "expected ',' or ']' after a value in an array";
        }
        if (kind.startsWith("Unterminated string")) {
            return "a string has no closing double quote";
        }

        if (kind.startsWith("Unescaped control characters")) {
            return "a string contains a line break, tab or other control character; write it as an escape such as \\n";
        }
        if (kind.contains("escape")) {
            return "invalid escape sequence in a string";
        }

        if (kind.startsWith(LENIENT_ONLY)) {
            return explainLenientOnly();
        }
        return kind.strip();
    }

    /** Explains syntax that strict JSON rejects, from the chars at and before Gson's position. */
    private String explainLenientOnly() {
        char previous = charAt(offset - 1);
        if (previous == '/' || previous == '#') {
            return "JSON has no comments; remove the comment";
        }
        if (previous == '\'') {
            return "a string or key in single quotes; JSON needs double quotes";
        }
        if (previous == ',' && (previousNonBlank(offset - 1) == ',' || previousNonBlank(offset - 1) == '[')) {
            return "a value is missing before ','";
        }
        if (previous == ':') {
            return explainMissingValue();
        }
        // Gson reports an unquoted word at its first char or one char after it.
        String word = wordFrom(offset - 1).isEmpty() ? wordFrom(offset) : wordFrom(offset - 1);
        if (!word.isEmpty()) {
            return "text without double quotes: '" + quote(word) + "'; keys and strings need double quotes,"
                    + " and the only bare words JSON allows are true, false, null and numbers without leading zeros";
        }
        String rest = text.substring(Math.max(0, offset - 1)).lines().findFirst().orElse("");
        return "unexpected text '" + quote(rest.strip()) + "'";
    }

    private String explainMissingValue() {
        char previous = charAt(offset - 1);
        return previous == ':' || previous == ',' || previous == '[' ? "a value is missing after '" + previous + "'"
                : "a value is missing";
    }

    /** Returns whether the char before Gson's position is ']' or '}' with a ',' before it. */
    private boolean isTrailingComma() {
        char previous = charAt(offset - 1);
        return (previous == ']' || previous == '}') && previousNonBlank(offset - 1) == ',';
    }

    /** Returns the last char before {@code index} that is not white space, or 0 when there is none. */
    private char previousNonBlank(int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    /** Returns the run of chars up to the next JSON delimiter, after skipping white space at {@code index}. */
    private String wordFrom(int index) {
        int start = Math.max(0, index);
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        int end = start;
        while (end < text.length() && "{}[]:,\"".indexOf(text.charAt(end)) < 0
                && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private char charAt(int index) {
        return index >= 0 && index < text.length() ? text.charAt(index) : 0;
    }

    /** Returns {@code value} with control chars escaped, cut after about {@link #MAX_QUOTED_CHARS} chars. */
    private static String quote(String value) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < value.length() && sb.length() < MAX_QUOTED_CHARS) {
            char c = value.charAt(i++);
            sb.append(Character.isISOControl(c) ? String.format("\\x%02X", (int) c) : String.valueOf(c));
        }
        return i < value.length() ? sb + "..." : sb.toString();
    }

    /** Returns the offset of Gson's line and column. Gson starts a line after each '\n' and counts columns from 1. */
    private static int offsetOf(String text, int line, int column) {
        int lineStart = 0;
        for (int n = 1; n < line && lineStart >= 0; n++) {
            int next = text.indexOf('\n', lineStart);
            lineStart = next < 0 ? -1 : next + 1;
        }
        if (lineStart < 0) {
            return text.length();
        }
        return Math.min(text.length(), lineStart + column - 1);
    }
}
