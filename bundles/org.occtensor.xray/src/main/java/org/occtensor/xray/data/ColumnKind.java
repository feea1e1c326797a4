package org.occtensor.xray.data;

/** Content of a reflection column, from its MTZ type or its mmCIF item name. */
public enum ColumnKind {
    INDEX, AMPLITUDE, INTENSITY, SIGMA, FLAG,
    /** mmCIF {@code _refln.status}: 1 where the letter is 'f' (free), 0 for 'o' and '<', missing otherwise. */
    STATUS,
    OTHER;

    /** Returns the kind of a CCP4 MTZ column type letter. */
    static ColumnKind ofMtzType(char type) {
        return switch (type) {
            case 'H' -> INDEX;
            case 'F', 'G' -> AMPLITUDE;
            case 'J', 'K' -> INTENSITY;
            case 'Q', 'L', 'M' -> SIGMA;
            case 'I' -> FLAG;
            default -> OTHER;
        };
    }
}
