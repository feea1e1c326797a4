package org.occtensor.io.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.occtensor.io.api.ModelReadException;

/**
 * Splits a text in CIF 1.1 syntax into tokens. A comment runs from '#' to the end of the line. A
 * quoted value ends at its quote character followed by white space. A text field runs between two
 * line-initial ';' characters.
 */
final class CifTokenizer {

    private final Path file;
    private final String text;
    private int position;
    private int line = 1;

    private CifTokenizer(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    static List<CifToken> tokenize(Path file, String text) throws ModelReadException {
        return new CifTokenizer(file, text).run();
    }

    private List<CifToken> run() throws ModelReadException {
        List<CifToken> tokens = new ArrayList<>();
        while (skipWhitespaceAndComments()) {
            char c = text.charAt(position);
            if (c == ';' && atLineStart(position)) {
                tokens.add(textField());
            } else if (c == '\'' || c == '"') {
                tokens.add(quoted(c));
            } else {
                tokens.add(bare());
            }
        }
        return tokens;
    }

    /** Moves to the next token; returns false at the end of the text. */
    private boolean skipWhitespaceAndComments() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '#') {
                while (position < text.length() && !isLineBreak(text.charAt(position))) {
                    position++;
                }
            } else if (isLineBreak(c)) {
                consumeLineBreak();
            } else if (c == ' ' || c == '\t') {
                position++;
            } else {
                return true;
            }
        }
        return false;
    }

    private CifToken textField() throws ModelReadException {
        int start = position;
        int startLine = line;
        position++;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (isLineBreak(c)) {
                consumeLineBreak();
                if (position < text.length() && text.charAt(position) == ';') {
                    position++;
                    return new CifToken(CifToken.Kind.TEXT_FIELD, start, position, startLine);
                }
            } else {
                position++;
            }
        }
        throw new ModelReadException(file, startLine, ";", "text field opened with ';' is never closed; the file is truncated");
    }

    private CifToken quoted(char quote) throws ModelReadException {
        int start = position;
        int i = position + 1;
        while (i < text.length() && !isLineBreak(text.charAt(i))) {
            if (text.charAt(i) == quote && (i + 1 == text.length() || isWhitespace(text.charAt(i + 1)))) {
                position = i + 1;
                return new CifToken(CifToken.Kind.QUOTED_VALUE, start, position, line);
            }
            i++;
        }
        throw new ModelReadException(file, line, FormatDetector.abbreviate(text.substring(start, i)),
                "quoted value has no closing " + quote + " on its line");
    }

    private CifToken bare() {
        int start = position;
        while (position < text.length() && !isWhitespace(text.charAt(position))) {
            position++;
        }
        return new CifToken(kindOf(text.substring(start, position)), start, position, line);
    }

    private static CifToken.Kind kindOf(String word) {
        if (word.startsWith("_")) {
            return CifToken.Kind.TAG;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.startsWith("data_")) {
            return CifToken.Kind.DATA;
        }
        if (lower.equals("loop_")) {
            return CifToken.Kind.LOOP;
        }
        if (lower.startsWith("save_")) {
            return CifToken.Kind.SAVE;
        }
        if (lower.equals("global_")) {
            return CifToken.Kind.GLOBAL;
        }
        if (lower.equals("stop_")) {
            return CifToken.Kind.STOP;
        }
        return CifToken.Kind.VALUE;
    }

    private void consumeLineBreak() {
        if (text.charAt(position) == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n') {
            position++;
        }
        position++;
        line++;
    }

    private boolean atLineStart(int index) {
        return index == 0 || isLineBreak(text.charAt(index - 1));
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || isLineBreak(c);
    }
}
