package org.occtensor.xray.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.occtensor.core.api.UnitCell;
import org.occtensor.xray.api.ReflectionFileException;
import org.occtensor.xray.api.ReflectionOptions;
import org.occtensor.xray.symmetry.SymOp;
import org.rcsb.cif.CifIO;
import org.rcsb.cif.ParsingException;
import org.rcsb.cif.model.Block;
import org.rcsb.cif.model.Category;
import org.rcsb.cif.model.CifFile;
import org.rcsb.cif.model.Column;
import org.rcsb.cif.model.ValueKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads structure-factor mmCIF files ({@code _refln} loops) through ciftools-java.
 *
 * <p>A file may hold several data blocks (PDB files carry one per dataset). The first block whose
 * {@code _refln} loop has amplitudes or intensities with a known label (or the user's labels) is
 * used. The cell and space group come from that block, or else from the first block that has them,
 * since PDB files often give them in the first block only.
 */
public final class CifTables {

    private static final Logger LOG = LoggerFactory.getLogger(CifTables.class);

    private CifTables() {
    }

    /** Reads the file from {@code input}; {@code file} names it in messages. */
    public static ReflectionTable read(Path file, InputStream input, ReflectionOptions options)
            throws ReflectionFileException {
        CifFile cif;
        try {
            cif = CifIO.readFromInputStream(input);
        } catch (IOException | ParsingException e) {
            throw new ReflectionFileException(file, "", "invalid mmCIF: " + e.getMessage(), e);
        }
        List<? extends Block> blocks = cif.getBlocks();
        if (blocks.isEmpty()) {
            throw new ReflectionFileException(file, "", "no data block; not an mmCIF file");
        }
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            Category refln = category(block, "refln");
            if (refln == null || refln.getRowCount() == 0) {
                continue;
            }
            String location = "data block '" + block.getBlockHeader() + "' (" + (b + 1) + " of " + blocks.size() + ")";
            ReflectionTable table = table(file, blocks, block, refln, location);
            if (usable(table, options)) {
                if (b > 0) {
                    LOG.info("{}: using {}, the first with reflection data of the chosen kind", file, location);
                }
                return table;
            }
        }
        throw new ReflectionFileException(file, "", "no data block has a _refln loop with "
                + (options.hasLabels() ? "the columns " + String.join(",", options.labels())
                : "amplitudes or intensities under a known name (F_meas_au, intensity_meas, pdbx_F_plus, ...)"));
    }

    private static boolean usable(ReflectionTable table, ReflectionOptions options) {
        if (!options.hasLabels()) {
            return ColumnChooser.hasKnownData(table);
        }
        for (String label : options.labels()) {
            String bare = label.startsWith("_refln.") ? label.substring("_refln.".length()) : label;
            if (table.find(bare) == null) {
                return false;
            }
        }
        return true;
    }

    private static ReflectionTable table(Path file, List<? extends Block> blocks, Block block, Category refln,
                                         String location) throws ReflectionFileException {
        List<SymOp> operators = operators(file, blocks, block);
        String symbol = DataSymmetry.standardSymbol(file, spaceGroup(file, blocks, block), 0, operators);
        UnitCell cell = cell(file, blocks, block, symbol);
        int[] hkl = indices(file, refln, location);

        List<TableColumn> columns = new ArrayList<>();
        for (String name : refln.getColumnNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("index_h") || lower.equals("index_k") || lower.equals("index_l")) {
                continue;
            }
            columns.add(column(refln.getColumn(name), name, cell, location));
        }
        return new ReflectionTable(file, "mmCIF", hkl, columns, cell, operators, false);
    }

    private static int[] indices(Path file, Category refln, String location) throws ReflectionFileException {
        int rows = refln.getRowCount();
        int[] hkl = new int[3 * rows];
        String[] names = {"index_h", "index_k", "index_l"};
        for (int c = 0; c < 3; c++) {
            Column<?> column = column(refln, names[c]);
            if (column == null) {
                throw new ReflectionFileException(file, location, "the _refln loop has no _refln." + names[c]);
            }
            for (int row = 0; row < rows; row++) {
                String text = column.getStringData(row);
                try {
                    hkl[3 * row + c] = Integer.parseInt(text.trim());
                } catch (NumberFormatException e) {
                    throw new ReflectionFileException(file, location + ", _refln row " + (row + 1),
                            "_refln." + names[c] + " is '" + text + "', not an integer");
                }
            }
        }
        return hkl;
    }

    private static TableColumn column(Column<?> column, String name, UnitCell cell, String location) {
        ColumnKind kind = kindOf(name);
        int rows = column.getRowCount();
        double[] values = new double[rows];
        String invalid = null;
        for (int row = 0; row < rows; row++) {
            if (column.getValueKind(row) != ValueKind.PRESENT) {
                values[row] = Double.NaN;
                continue;
            }
            String text = column.getStringData(row).trim();
            if (kind == ColumnKind.STATUS) {
                values[row] = statusValue(text);
                continue;
            }
            try {
                values[row] = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                values[row] = Double.NaN;
                if (invalid == null) {
                    invalid = "_refln row " + (row + 1) + ": '" + text + "'";
                }
            }
        }
        return new TableColumn(name, '?', kind, values, cell, "mmCIF " + location, invalid);
    }

    /**
     * Maps a status letter to 1 for the test set ('f') or 0 for the working set ('o' observed, '&lt;'
     * below a threshold). Other letters become missing: '-' marks unmeasured or systematically absent
     * reflections, and 'x', 'h', 'l' reflections excluded from refinement.
     */
    private static double statusValue(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "f" -> 1.0;
            case "o", "<" -> 0.0;
            default -> Double.NaN;
        };
    }

    /** Infers the content of a {@code _refln} item from its name (mmCIF dictionary names and PDB extensions). */
    static ColumnKind kindOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("status")) {
            return ColumnKind.STATUS;
        }
        if (lower.contains("free_flag") || lower.contains("freer")) {
            return ColumnKind.FLAG;
        }
        if (lower.contains("sigma")) {
            return ColumnKind.SIGMA;
        }
        if (lower.startsWith("intensity") || lower.startsWith("pdbx_i_")) {
            return ColumnKind.INTENSITY;
        }
        if (lower.startsWith("f_") || lower.startsWith("pdbx_f_")) {
            return ColumnKind.AMPLITUDE;
        }
        return ColumnKind.OTHER;
    }

    private static String spaceGroup(Path file, List<? extends Block> blocks, Block preferred)
            throws ReflectionFileException {
        String[][] items = {{"symmetry", "space_group_name_H-M"}, {"space_group", "name_H-M_alt"},
            {"space_group", "name_H-M_full"}};
        for (Block block : preferredFirst(blocks, preferred)) {
            for (String[] item : items) {
                String value = single(block, item[0], item[1]);
                if (value != null) {
                    return value;
                }
            }
        }
        throw new ReflectionFileException(file, "", "no space group: none of _symmetry.space_group_name_H-M, "
                + "_space_group.name_H-M_alt or _space_group.name_H-M_full is given");
    }

    private static UnitCell cell(Path file, List<? extends Block> blocks, Block preferred, String symbol)
            throws ReflectionFileException {
        String[] names = {"length_a", "length_b", "length_c", "angle_alpha", "angle_beta", "angle_gamma"};
        for (Block block : preferredFirst(blocks, preferred)) {
            if (single(block, "cell", "length_a") == null) {
                continue;
            }
            double[] values = new double[6];
            for (int i = 0; i < 6; i++) {
                String text = single(block, "cell", names[i]);
                values[i] = parseCellValue(file, block, names[i], text);
            }
            return new UnitCell(values[0], values[1], values[2], values[3], values[4], values[5], symbol);
        }
        throw new ReflectionFileException(file, "", "no unit cell: _cell.length_a is not given in any data block");
    }

    private static double parseCellValue(Path file, Block block, String name, String text)
            throws ReflectionFileException {
        String location = "data block '" + block.getBlockHeader() + "'";
        if (text == null) {
            throw new ReflectionFileException(file, location, "_cell." + name + " is missing");
        }
        // Standard uncertainties in parentheses, "52.04(2)", are dropped.
        String number = text.replaceAll("\\(\\d+\\)$", "");
        try {
            double value = Double.parseDouble(number);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ReflectionFileException(file, location, "_cell." + name + " is '" + text
                + "', not a positive number");
    }

    private static List<SymOp> operators(Path file, List<? extends Block> blocks, Block preferred)
            throws ReflectionFileException {
        String[][] items = {{"symmetry_equiv", "pos_as_xyz"}, {"space_group_symop", "operation_xyz"}};
        for (Block block : preferredFirst(blocks, preferred)) {
            for (String[] item : items) {
                Category category = category(block, item[0]);
                Column<?> column = category == null ? null : column(category, item[1]);
                if (column == null || column.getRowCount() == 0) {
                    continue;
                }
                List<SymOp> operators = new ArrayList<>();
                for (int row = 0; row < column.getRowCount(); row++) {
                    try {
                        operators.add(SymOp.parse(column.getStringData(row)));
                    } catch (IllegalArgumentException e) {
                        throw new ReflectionFileException(file, "data block '" + block.getBlockHeader() + "', _"
                                + item[0] + "." + item[1] + " row " + (row + 1), e.getMessage(), e);
                    }
                }
                return operators;
            }
        }
        return List.of();
    }

    private static List<Block> preferredFirst(List<? extends Block> blocks, Block preferred) {
        List<Block> ordered = new ArrayList<>();
        ordered.add(preferred);
        for (Block block : blocks) {
            if (block != preferred) {
                ordered.add(block);
            }
        }
        return ordered;
    }

    /** Returns the first value of a category item when present (not '?' or '.'), else null. */
    private static String single(Block block, String category, String item) {
        Category found = category(block, category);
        Column<?> column = found == null ? null : column(found, item);
        if (column == null || column.getRowCount() == 0 || column.getValueKind(0) != ValueKind.PRESENT) {
            return null;
        }
        return column.getStringData(0).trim();
    }

    private static Category category(Block block, String name) {
        for (String candidate : block.getCategories().keySet()) {
            if (candidate.equalsIgnoreCase(name)) {
                return block.getCategory(candidate);
            }
        }
        return null;
    }

    private static Column<?> column(Category category, String name) {
        for (String candidate : category.getColumnNames()) {
            if (candidate.equalsIgnoreCase(name)) {
                return category.getColumn(candidate);
            }
        }
        return null;
    }
}
