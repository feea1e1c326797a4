package org.occtensor.io.internal;

import java.util.regex.Pattern;

/**
 * Strict decimal parsing. {@link Double#parseDouble} also accepts "NaN", "Infinity", hexadecimal
 * and a trailing 'd' or 'f', none of which is a number in a PDB or mmCIF file.
 */
final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

    private Numbers() {
    }

    /** Returns the value of a trimmed decimal, or NaN when {@code text} is not one. */
    static double parseDecimal(String text) {
        return DECIMAL.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
    }

    static boolean isInteger(String text) {
        return INTEGER.matcher(text).matches();
    }

    /** Returns the value of a trimmed integer of at most nine digits; call {@link #isInteger} first. */
    static int parseInteger(String text) {
        return Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
    }
}
