package org.occtensor.tests.felix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a PDB model as the smallest mmCIF file the readers accept: cell, space group and an
 * {@code _atom_site} loop without {@code group_PDB} or any entity categories. Both OccTensor and BioJava
 * log a warning about what such a file lacks.
 */
final class MinimalCif {

    private MinimalCif() {
    }

    static void write(Path pdb, Path cif) throws IOException {
        List<String> out = new ArrayList<>();
        out.add("data_minimal");
        int id = 0;
        for (String line : Files.readAllLines(pdb)) {
            if (line.startsWith("CRYST1")) {
                out.add("_cell.length_a " + line.substring(6, 15).strip());
                out.add("_cell.length_b " + line.substring(15, 24).strip());
                out.add("_cell.length_c " + line.substring(24, 33).strip());
                out.add("_cell.angle_alpha " + line.substring(33, 40).strip());
                out.add("_cell.angle_beta " + line.substring(40, 47).strip());
                out.add("_cell.angle_gamma " + line.substring(47, 54).strip());
                String spaceGroup = line.substring(55, Math.min(66, line.length())).strip();
                out.add("_symmetry.space_group_name_H-M '" + spaceGroup + "'");
                out.add("loop_");
                for (String item : List.of("id", "type_symbol", "label_atom_id", "label_alt_id", "label_comp_id",
                        "label_asym_id", "label_seq_id", "auth_asym_id", "auth_seq_id", "Cartn_x", "Cartn_y", "Cartn_z", "occupancy",
                        "B_iso_or_equiv", "pdbx_PDB_model_num")) {
                    out.add("_atom_site." + item);
                }
            } else if (line.startsWith("ATOM") || line.startsWith("HETATM")) {
                String altloc = line.substring(16, 17).isBlank() ? "." : line.substring(16, 17);
                out.add(String.format(Locale.ROOT, "%d %s %s %s %s %s %s %s %s %s %s %s %s %s 1", ++id,
                        line.substring(76, 78).strip(), line.substring(12, 16).strip(), altloc,
                        line.substring(17, 20).strip(), line.substring(21, 22), line.substring(22, 26).strip(),
                        line.substring(21, 22), line.substring(22, 26).strip(),
                        line.substring(30, 38).strip(), line.substring(38, 46).strip(), line.substring(46, 54).strip(),
                        line.substring(54, 60).strip(), line.substring(60, 66).strip()));
            }
        }
        Files.write(cif, out);
    }
}
