package org.occtensor.io.internal;

/**
 * Iterates over the lines of a text with their offsets, accepting LF, CRLF and CR endings.
 *
 * <p>{@link #line()} excludes the line ending; {@link #start()} is the offset of the line's first
 * char in the text.
 */
final class LineCursor {

    private final String text;
    private int nextStart;
    private int start = -1;
    private int end = -1;
    private int lineNumber;

    LineCursor(String text) {
        this.text = text;
    }

    /** Advances to the next line; returns false at the end of the text. */
    boolean next() {
        if (nextStart >= text.length()) {
            return false;
        }
        start = nextStart;
        int i = start;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        end = i;
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n' && (i == end || text.charAt(i - 1) == '\r')) {
            i++;
        }
        nextStart = i;
        lineNumber++;
        return true;
    }

    String line() {
        return text.substring(start, end);
    }

    int start() {
        return start;
    }

    /** Returns the 1-based number of the current line. */
    int lineNumber() {
        return lineNumber;
    }
}
