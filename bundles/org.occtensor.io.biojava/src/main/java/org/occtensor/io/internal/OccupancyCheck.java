package org.occtensor.io.internal;

import java.nio.file.Path;

import org.occtensor.io.api.ModelReadException;

/** The occupancy rules shared by the PDB and mmCIF scanners. */
final class OccupancyCheck {

    private OccupancyCheck() {
    }

    /**
     * Returns the occupancy to store for a record whose file text is {@code text}.
     *
     * <p>Missing text gives 1.0 with a warning. A value outside [0, 1] is clamped with a warning
     * when {@code clamp} is set and is an error otherwise. NaN or text that is not a number is
     * always an error.
     *
     * @param text  the trimmed field or token, or null when the file has no value
     * @param where column or item name for messages ("columns 55-60", "_atom_site.occupancy")
     */
    static double resolve(Path file, int line, String text, String where, String atomLabel, boolean clamp,
                          Warnings warnings) throws ModelReadException {
        if (text == null) {
            warnings.add("missing occupancy, read as 1.0", line, "no occupancy for atom " + atomLabel + "; using 1.0");
            return 1.0;
        }
        double value = Numbers.parseDecimal(text);
        if (Double.isNaN(value)) {
            throw new ModelReadException(file, line, text,
                    "occupancy (" + where + ") of atom " + atomLabel + " is not a number");
        }
        if (value >= 0.0 && value <= 1.0) {
            return value;
        }
        if (!clamp) {
            throw new ModelReadException(file, line, text, "occupancy (" + where + ") of atom " + atomLabel
                    + " is outside [0, 1]; fix the file or read it with occupancy clamping");
        }
        double clamped = value < 0.0 ? 0.0 : 1.0;
        warnings.add("occupancy outside [0, 1], clamped", line,
                "occupancy " + text + " of atom " + atomLabel + " clamped to " + clamped);
        return clamped;
    }
}
