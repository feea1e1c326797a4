package org.occtensor.io.internal;

import java.nio.file.Path;

import org.occtensor.io.api.ModelReadException;

/**
 * Column indices of the {@code _atom_site} items the reader uses; -1 marks an absent optional item.
 *
 * <p>Chain, residue number and atom name follow BioJava 7.2.2, which builds residues from
 * {@code auth_asym_id} and {@code auth_seq_id} and names atoms from {@code label_atom_id}; the
 * label or auth variant is the fallback when that item is missing.
 */
record AtomSiteColumns(int id, int group, int name, int altloc, int residueName, int chain, int residueNumber,
                       int insertionCode, int x, int y, int z, int occupancy, int bIso, int uIso, int element,
                       int charge, int model) {

    static AtomSiteColumns resolve(Path file, String text, CifTable table) throws ModelReadException {
        int bIso = table.column(text, "B_iso_or_equiv");
        int uIso = table.column(text, "U_iso_or_equiv");
        if (bIso < 0 && uIso < 0) {
            throw missing(file, table, "B_iso_or_equiv");
        }
        return new AtomSiteColumns(
                table.column(text, "id"),
                table.column(text, "group_PDB"),
                required(file, text, table, "label_atom_id", "auth_atom_id"),
                table.column(text, "label_alt_id"),
                required(file, text, table, "label_comp_id", "auth_comp_id"),
                required(file, text, table, "auth_asym_id", "label_asym_id"),
                required(file, text, table, "auth_seq_id", "label_seq_id"),
                table.column(text, "pdbx_PDB_ins_code"),
                required(file, text, table, "Cartn_x"),
                required(file, text, table, "Cartn_y"),
                required(file, text, table, "Cartn_z"),
                table.column(text, "occupancy"),
                bIso,
                uIso,
                table.column(text, "type_symbol"),
                table.column(text, "pdbx_formal_charge"),
                table.column(text, "pdbx_PDB_model_num"));
    }

    private static int required(Path file, String text, CifTable table, String... items) throws ModelReadException {
        int column = table.firstColumn(text, items);
        if (column < 0) {
            throw missing(file, table, items[0]);
        }
        return column;
    }

    private static ModelReadException missing(Path file, CifTable table, String item) {
        return new ModelReadException(file, table.tags().get(0).line(), "_atom_site." + item,
                "the _atom_site category has no " + item + " item");
    }
}
