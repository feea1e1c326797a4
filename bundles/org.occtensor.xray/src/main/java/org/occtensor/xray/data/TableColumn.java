package org.occtensor.xray.data;

import org.occtensor.core.api.UnitCell;

/**
 * One column of a reflection table.
 *
 * @param label        label as written in the file (MTZ label, or mmCIF item name without "_refln.")
 * @param type         MTZ column type letter, or '?' for mmCIF
 * @param kind         what the column contains
 * @param values       one value per row, NaN where the file marks the value missing (not modified by readers)
 * @param cell         the cell of the column's dataset (MTZ DCELL), or the file's cell
 * @param origin       where the column came from, e.g. "MTZ dataset 2 'Experimental-data-used-in-refinement'"
 * @param invalidValue the first value that is not a number, with its row ("_refln row 17: 'abc'"), or null;
 *                     such values are stored as NaN and make the column unusable
 */
public record TableColumn(String label, char type, ColumnKind kind, double[] values, UnitCell cell,
                          String origin, String invalidValue) {

    boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }
}
