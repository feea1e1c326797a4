package org.occtensor.io.internal;

/**
 * One token of a CIF text: a keyword, a tag or a value.
 *
 * @param offset start of the token in the text, including any quote or leading ';'
 * @param end    end of the token in the text (exclusive), including any closing quote or ';'
 * @param line   1-based line of the token's first char
 */
record CifToken(Kind kind, int offset, int end, int line) {

    enum Kind { DATA, LOOP, SAVE, GLOBAL, STOP, TAG, VALUE, QUOTED_VALUE, TEXT_FIELD }

    boolean isValue() {
        return kind == Kind.VALUE || kind == Kind.QUOTED_VALUE || kind == Kind.TEXT_FIELD;
    }

    /** Returns the token as it appears in the text. */
    String raw(String text) {
        return text.substring(offset, end);
    }

    /** Returns the value without quotes or text-field delimiters, or null for the unquoted '.' and '?'. */
    String value(String text) {
        switch (kind) {
            case QUOTED_VALUE:
                return text.substring(offset + 1, end - 1);
            case TEXT_FIELD:
                return textFieldContent(text);
            default:
                String raw = raw(text);
                return raw.equals(".") || raw.equals("?") ? null : raw;
        }
    }

    private String textFieldContent(String text) {
        int from = offset + 1;
        int to = end - 1;
        // The field ends with a line break followed by ';'; that line break is a delimiter.
        if (to > from && text.charAt(to - 1) == '\n') {
            to--;
        }
        if (to > from && text.charAt(to - 1) == '\r') {
            to--;
        }
        return text.substring(from, to);
    }
}
