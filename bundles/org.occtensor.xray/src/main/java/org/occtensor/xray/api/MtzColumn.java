package org.occtensor.xray.api;

/**
 * One data column for {@link MtzWriter}.
 *
 * @param label  MTZ column label: 1 to 30 characters, no blanks
 * @param type   CCP4 column type, e.g. 'F' amplitude, 'P' phase in degrees, 'Q' sigma, 'J' intensity,
 *               'I' integer such as R-free flags, 'W' weight
 * @param values one value per reflection; NaN marks a missing value (read, not modified)
 */
public record MtzColumn(String label, char type, float[] values) {

    /** CCP4 column types other than H, which the writer uses for the Miller indices. */
    public static final String TYPES = "JFDQGLKMEAPWBYIR";

    public MtzColumn {
        if (label == null || label.isEmpty() || label.length() > 30 || label.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("invalid MTZ column label '" + label
                    + "': expected 1 to 30 characters without blanks");
        }
        if (TYPES.indexOf(type) < 0) {
            throw new IllegalArgumentException("invalid MTZ column type '" + type + "' for column " + label
                    + ": expected one of " + TYPES);
        }
    }
}
