package org.occtensor.xray.data;

import java.nio.file.Path;
import java.util.List;
import org.occtensor.core.api.UnitCell;
import org.occtensor.xray.symmetry.SymOp;

/**
 * Reflection columns read from an MTZ or mmCIF file, before columns are chosen.
 *
 * @param file               the file
 * @param format             "MTZ" or "mmCIF"
 * @param hkl                Miller indices, 3 per row
 * @param columns            value columns in file order (indices excluded)
 * @param cell               the file's cell and space group symbol
 * @param operators          symmetry operators given in the file; empty when it has none
 * @param caseSensitive      true when labels are case-sensitive (MTZ), false for mmCIF item names
 */
public record ReflectionTable(Path file, String format, int[] hkl, List<TableColumn> columns, UnitCell cell,
                              List<SymOp> operators, boolean caseSensitive) {

    public ReflectionTable {
        columns = List.copyOf(columns);
        operators = List.copyOf(operators);
    }

    public int rows() {
        return hkl.length / 3;
    }

    /** Returns the first column with this label, or null. */
    public TableColumn find(String label) {
        for (TableColumn column : columns) {
            if (caseSensitive ? column.label().equals(label) : column.label().equalsIgnoreCase(label)) {
                return column;
            }
        }
        return null;
    }

    /** Returns the labels of all columns with their types, for error messages. */
    public String describeColumns() {
        StringBuilder text = new StringBuilder();
        for (TableColumn column : columns) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(column.label());
            if (column.type() != '?') {
                text.append(" (").append(column.type()).append(')');
            }
        }
        return text.toString();
    }
}
