package org.occtensor.io.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Plans the text edits that put new occupancies into a PDB or mmCIF text.
 *
 * <p>A value is left as written when the new occupancy, formatted for the output, equals the
 * file's value formatted the same way; so unchanged occupancies give identical bytes, even when
 * the file writes them differently ("1" or "0.5" in mmCIF).
 */
final class OccupancyRewriter {

    /** PDB columns 55-60 hold the occupancy as F6.2. */
    private static final String PDB_FORMAT = "%6.2f";
    /** Four decimals keep refined occupancies finer than the 0.01 steps of the PDB format. */
    private static final String CIF_FORMAT = "%.4f";

    private OccupancyRewriter() {
    }

    static TextEdits pdb(List<AtomRecord> records, double[] occupancies) {
        TextEdits edits = new TextEdits();
        for (int i = 0; i < records.size(); i++) {
            AtomRecord record = records.get(i);
            String formatted = format(PDB_FORMAT, occupancies[i]);
            if (!sameAsFile(PDB_FORMAT, formatted, record)) {
                edits.replace(record.occupancyField(), formatted);
            }
        }
        return edits;
    }

    static TextEdits cif(String text, CifModelScan scan, double[] occupancies) {
        List<AtomRecord> records = scan.scan().atoms();
        if (records.get(0).occupancyField() == null) {
            return addCifOccupancyColumn(text, scan, occupancies);
        }
        TextEdits edits = new TextEdits();
        for (int i = 0; i < records.size(); i++) {
            AtomRecord record = records.get(i);
            String formatted = format(CIF_FORMAT, occupancies[i]);
            if (!sameAsFile(CIF_FORMAT, formatted, record)) {
                edits.replace(record.occupancyField(), formatted);
            }
        }
        return edits;
    }

    /**
     * Appends {@code _atom_site.occupancy} as the last item of the category, with the new values
     * for the chosen model's rows and 1 for the rows of other models, which were read as 1.
     */
    private static TextEdits addCifOccupancyColumn(String text, CifModelScan scan, double[] occupancies) {
        CifTable table = scan.atomSite();
        String[] values = new String[table.rowCount()];
        Arrays.fill(values, "1");
        int[] rows = scan.rows();
        for (int i = 0; i < rows.length; i++) {
            values[rows[i]] = format(CIF_FORMAT, occupancies[i]);
        }

        TextEdits edits = new TextEdits();
        CifToken lastTag = table.tags().get(table.columnCount() - 1);
        if (!table.looped()) {
            CifToken lastValue = table.values().get(table.values().size() - 1);
            edits.insert(lastValue.end(), "\n_atom_site.occupancy " + values[0]);
            return edits;
        }
        edits.insert(lastTag.end(), "\n_atom_site.occupancy");
        for (int row = 0; row < table.rowCount(); row++) {
            CifToken last = table.value(row, table.columnCount() - 1);
            edits.insert(last.end(), " " + values[row]);
        }
        return edits;
    }

    private static boolean sameAsFile(String pattern, String formatted, AtomRecord record) {
        return !Double.isNaN(record.fileOccupancy()) && formatted.equals(format(pattern, record.fileOccupancy()));
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
