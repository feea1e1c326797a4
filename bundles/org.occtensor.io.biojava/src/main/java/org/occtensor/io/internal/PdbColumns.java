package org.occtensor.io.internal;

import java.nio.file.Path;

import org.occtensor.io.api.ModelReadException;

/** Fixed-column fields of one PDB line, with 1-based inclusive column numbers as in the format guide. */
final class PdbColumns {

    private final Path file;
    private final int lineNumber;
    private final String line;

    PdbColumns(Path file, int lineNumber, String line) {
        this.file = file;
        this.lineNumber = lineNumber;
        this.line = line;
    }

    int lineNumber() {
        return lineNumber;
    }

    int length() {
        return line.length();
    }

    /** Returns columns {@code first..last}, clipped to the line; empty when the line is shorter. */
    String raw(int first, int last) {
        int from = Math.min(first - 1, line.length());
        int to = Math.min(last, line.length());
        return line.substring(from, to);
    }

    String trimmed(int first, int last) {
        return raw(first, last).strip();
    }

    /** Returns column {@code column}, or a space when the line is shorter. */
    char character(int column) {
        return column <= line.length() ? line.charAt(column - 1) : ' ';
    }

    double decimal(int first, int last, String fieldName) throws ModelReadException {
        String text = trimmed(first, last);
        double value = Numbers.parseDecimal(text);
        if (Double.isNaN(value)) {
            throw error(text, "invalid " + fieldName + " in columns " + first + "-" + last + ": not a number");
        }
        return value;
    }

    int integer(int first, int last, String fieldName) throws ModelReadException {
        String text = trimmed(first, last);
        if (!Numbers.isInteger(text)) {
            throw error(text, "invalid " + fieldName + " in columns " + first + "-" + last + ": not an integer");
        }
        return Numbers.parseInteger(text);
    }

    ModelReadException error(String value, String detail) {
        return new ModelReadException(file, lineNumber, value, detail);
    }
}
