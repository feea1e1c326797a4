package org.occtensor.io.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.occtensor.core.api.UnitCell;
import org.occtensor.io.api.ModelReadException;
import org.occtensor.io.api.ReadOptions;

/**
 * Reads the {@code _atom_site}, {@code _atom_site_anisotrop}, {@code _cell}, {@code _symmetry} and
 * {@code _space_group} categories of an mmCIF file, validating every value that BioJava would
 * accept silently. Rows of models other than the chosen one are skipped without validation.
 */
final class CifScanner {

    private static final String[] ANISO_ITEMS = {"[1][1]", "[2][2]", "[3][3]", "[1][2]", "[1][3]", "[2][3]"};

    private final Path file;
    private final String text;
    private final ReadOptions options;
    private final Warnings warnings;

    CifScanner(Path file, String text, ReadOptions options, Warnings warnings) {
        this.file = file;
        this.text = text;
        this.options = options;
        this.warnings = warnings;
    }

    CifModelScan scan() throws ModelReadException {
        CifBlock block = CifBlock.first(file, text, CifTokenizer.tokenize(file, text), warnings);
        CifTable atomSite = block.table("atom_site").orElse(null);
        if (atomSite == null || atomSite.rowCount() == 0) {
            throw new ModelReadException(file, 0, null, "the file has no _atom_site rows");
        }
        AtomSiteColumns columns = AtomSiteColumns.resolve(file, text, atomSite);
        if (columns.occupancy() < 0) {
            warnings.add("no occupancy column, read as 1.0", atomSite.tags().get(0).line(),
                    "the _atom_site category has no occupancy item; every occupancy is read as 1.0");
        }
        if (columns.group() < 0) {
            warnings.add("no group_PDB column", atomSite.tags().get(0).line(),
                    "the _atom_site category has no group_PDB item; atoms of standard amino acids and"
                            + " nucleotides are read as ATOM and all other atoms (ligands, ions, water,"
                            + " modified residues) as HETATM");
        }

        int chosenModel = options.model() == ReadOptions.FIRST_MODEL ? modelOf(atomSite, columns, 0) : options.model();
        List<Integer> modelsInFile = new ArrayList<>();
        List<AtomRecord> atoms = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        Map<String, Integer> recordById = new HashMap<>();
        Set<String> allIds = new HashSet<>();
        for (int row = 0; row < atomSite.rowCount(); row++) {
            int model = modelOf(atomSite, columns, row);
            if (!modelsInFile.contains(model)) {
                modelsInFile.add(model);
            }
            String id = columns.id() < 0 ? null : atomSite.value(row, columns.id()).value(text);
            allIds.add(id);
            if (model != chosenModel) {
                continue;
            }
            if (id != null) {
                recordById.put(id, atoms.size());
            }
            atoms.add(new AtomSiteRow(file, text, atomSite, columns, row).parse(model, options.clampOccupancy(), warnings));
            rows.add(row);
        }
        if (atoms.isEmpty()) {
            throw new ModelReadException(file, 0, String.valueOf(chosenModel),
                    "model " + chosenModel + " has no atoms; the models in the file are " + modelsInFile);
        }
        readAnisotrop(block, atoms, recordById, allIds);
        RecordChecks.rejectDuplicates(file, atoms);

        ModelScan scan = new ModelScan(chosenModel, 0, List.copyOf(atoms), readCell(block));
        return new CifModelScan(scan, block, atomSite, rows.stream().mapToInt(Integer::intValue).toArray());
    }

    private int modelOf(CifTable atomSite, AtomSiteColumns columns, int row) throws ModelReadException {
        if (columns.model() < 0) {
            return 1;
        }
        CifToken token = atomSite.value(row, columns.model());
        String value = token.value(text);
        if (value == null || !Numbers.isInteger(value)) {
            throw new ModelReadException(file, token.line(), token.raw(text),
                    "_atom_site row " + (row + 1) + ": invalid pdbx_PDB_model_num: not an integer");
        }
        return Numbers.parseInteger(value);
    }

    private void readAnisotrop(CifBlock block, List<AtomRecord> atoms, Map<String, Integer> recordById,
                               Set<String> allIds) throws ModelReadException {
        CifTable table = block.table("atom_site_anisotrop").orElse(null);
        if (table == null) {
            return;
        }
        int idColumn = table.column(text, "id");
        String prefix = table.column(text, "U" + ANISO_ITEMS[0]) >= 0 ? "U" : "B";
        double scale = prefix.equals("U") ? 1.0 : 1.0 / AtomSiteRow.B_PER_U;
        int[] uColumns = new int[6];
        for (int k = 0; k < 6; k++) {
            uColumns[k] = table.column(text, prefix + ANISO_ITEMS[k]);
        }
        if (idColumn < 0 || Arrays.stream(uColumns).anyMatch(c -> c < 0)) {
            throw new ModelReadException(file, table.tags().get(0).line(), null,
                    "the _atom_site_anisotrop category needs id and all six U[i][j] (or B[i][j]) items");
        }
        for (int row = 0; row < table.rowCount(); row++) {
            CifToken idToken = table.value(row, idColumn);
            String id = idToken.value(text);
            Integer index = recordById.get(id);
            if (index == null) {
                if (!allIds.contains(id)) {
                    warnings.add("_atom_site_anisotrop row without its atom, ignored", idToken.line(),
                            "_atom_site_anisotrop.id '" + id + "' matches no _atom_site.id; ignored");
                }
                continue;
            }
            double[] u = new double[6];
            for (int k = 0; k < 6; k++) {
                CifToken token = table.value(row, uColumns[k]);
                u[k] = scale * CifValues.decimal(file, text, token, "_atom_site_anisotrop." + prefix + ANISO_ITEMS[k]);
            }
            atoms.set(index, atoms.get(index).withAnisoU(u));
        }
    }

    private UnitCell readCell(CifBlock block) throws ModelReadException {
        CifTable cell = block.table("cell").orElse(null);
        if (cell == null) {
            return null;
        }
        String[] items = {"length_a", "length_b", "length_c", "angle_alpha", "angle_beta", "angle_gamma"};
        double[] values = new double[6];
        for (int k = 0; k < 6; k++) {
            int column = cell.column(text, items[k]);
            if (column < 0) {
                throw new ModelReadException(file, cell.tags().get(0).line(), "_cell." + items[k],
                        "the _cell category has no " + items[k] + " item");
            }
            values[k] = CifValues.decimal(file, text, cell.value(0, column), "_cell." + items[k]);
        }
        return new UnitCell(values[0], values[1], values[2], values[3], values[4], values[5], spaceGroup(block));
    }

    /** Returns the Hermann-Mauguin symbol from _symmetry or _space_group, or "" with a warning. */
    private String spaceGroup(CifBlock block) {
        String[][] sources = {{"symmetry", "space_group_name_H-M"}, {"space_group", "name_H-M_alt"},
                {"space_group", "name_H-M_full"}};
        for (String[] source : sources) {
            CifTable table = block.table(source[0]).orElse(null);
            int column = table == null ? -1 : table.column(text, source[1]);
            String value = column < 0 ? null : table.value(0, column).value(text);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        warnings.add("no space group", 0, "no _symmetry.space_group_name_H-M or _space_group.name_H-M_alt item");
        return "";
    }
}
