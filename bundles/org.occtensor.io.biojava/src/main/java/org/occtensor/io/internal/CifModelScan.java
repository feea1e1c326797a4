package org.occtensor.io.internal;

/**
 * A scanned mmCIF model with what the writer and BioJava need beyond {@link ModelScan}.
 *
 * @param atomSite the {@code _atom_site} category
 * @param rows     {@code _atom_site} row of each atom record, in record order
 */
record CifModelScan(ModelScan scan, CifBlock block, CifTable atomSite, int[] rows) {

    /**
     * Returns a CIF text with only the chosen model's {@code _atom_site} rows, each value copied
     * verbatim, for BioJava. Other categories are left out because BioJava 7.2.2 fails on some
     * that are valid CIF, such as a non-numeric {@code _entity.id}, and the reader uses none of them.
     *
     * <p>A file without {@code _atom_site.group_PDB} gets that item, with the ATOM or HETATM that
     * the scanner decided, because BioJava 7.2.2 fails on a missing group_PDB column.
     *
     * <p>NOTE: BioJava logs a warning that {@code _struct_asym} is missing. That category only
     * feeds BioJava's SEQRES groups, which the reader does not use.
     */
    String atomSiteDocument() {
        String text = block.text();
        StringBuilder sb = new StringBuilder(64 * rows.length * atomSite.columnCount() / 4);
        sb.append(block.header().raw(text)).append("\nloop_\n");
        boolean addGroup = atomSite.column(text, "group_PDB") < 0;
        if (addGroup) {
            sb.append("_atom_site.group_PDB\n");
        }
        for (CifToken tag : atomSite.tags()) {
            sb.append(tag.raw(text)).append('\n');
        }
        for (int i = 0; i < rows.length; i++) {
            int row = rows[i];
            if (addGroup) {
                sb.append(scan.atoms().get(i).hetero() ? "HETATM" : "ATOM");
            }
            for (int column = 0; column < atomSite.columnCount(); column++) {
                CifToken value = atomSite.value(row, column);
                // A text field must start at the beginning of a line and ends with one.
                sb.append(value.kind() == CifToken.Kind.TEXT_FIELD ? "\n" : " ").append(value.raw(text));
                if (value.kind() == CifToken.Kind.TEXT_FIELD) {
                    sb.append('\n');
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
