package org.occtensor.io.internal;

import java.nio.file.Path;

import org.occtensor.io.api.ModelReadException;

/** Numeric CIF values, with or without a standard uncertainty in parentheses ("52.040(3)"). */
final class CifValues {

    private CifValues() {
    }

    /** Returns the value without its standard uncertainty, or null for '.' and '?'. */
    static String numberText(String text, CifToken token) {
        String value = token.value(text);
        if (value == null) {
            return null;
        }
        int open = value.indexOf('(');
        return open > 0 && value.endsWith(")") ? value.substring(0, open) : value;
    }

    static double decimal(Path file, String text, CifToken token, String item) throws ModelReadException {
        String number = numberText(text, token);
        if (number == null) {
            throw new ModelReadException(file, token.line(), token.raw(text), "missing value of " + item);
        }
        double value = Numbers.parseDecimal(number);
        if (Double.isNaN(value)) {
            throw new ModelReadException(file, token.line(), token.raw(text), "invalid " + item + ": not a number");
        }
        return value;
    }
}
