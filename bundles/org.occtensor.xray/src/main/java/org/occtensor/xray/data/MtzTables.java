package org.occtensor.xray.data;

import java.util.ArrayList;
import java.util.List;
import org.occtensor.core.api.UnitCell;
import org.occtensor.xray.api.ReflectionFileException;
import org.occtensor.xray.symmetry.SymOp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a parsed MTZ file into a reflection table: integer indices, NaN for missing values, cells. */
public final class MtzTables {

    private static final Logger LOG = LoggerFactory.getLogger(MtzTables.class);

    private MtzTables() {
    }

    public static ReflectionTable toTable(MtzFile mtz) throws ReflectionFileException {
        checkMerged(mtz);
        MtzSymmetry symmetry = mtz.symmetry();
        if (symmetry == null || symmetry.name().isBlank()) {
            throw new ReflectionFileException(mtz.path(), "MTZ header", "no SYMINF record with a space group name");
        }
        List<SymOp> operators = operators(mtz, symmetry);
        String symbol = DataSymmetry.standardSymbol(mtz.path(), symbol(symmetry), symmetry.number(), operators);
        double[] fileCell = mtz.cell() != null ? mtz.cell() : firstDatasetCell(mtz);
        UnitCell cell = unitCell(fileCell, symbol);

        int[] hkl = readIndices(mtz);
        List<TableColumn> columns = new ArrayList<>();
        for (int c = 3; c < mtz.columnCount(); c++) {
            columns.add(column(mtz, c, cell, symbol));
        }
        return new ReflectionTable(mtz.path(), "MTZ", hkl, columns, cell, operators, true);
    }

    private static void checkMerged(MtzFile mtz) throws ReflectionFileException {
        boolean unmergedColumn = mtz.columns().stream().anyMatch(c -> c.type() == 'Y' || c.type() == 'B');
        if (mtz.batchCount() > 0 || unmergedColumn) {
            throw new ReflectionFileException(mtz.path(), "MTZ header", "unmerged data (" + mtz.batchCount()
                    + " batches" + (unmergedColumn ? ", M/ISYM or BATCH column" : "")
                    + ") is not supported; merge and scale it first (for example with aimless)");
        }
    }

    /** Returns the SYMINF name, with the lattice letter in front when the file left it out. */
    private static String symbol(MtzSymmetry symmetry) {
        String name = symmetry.name().trim();
        char first = name.isEmpty() ? ' ' : Character.toUpperCase(name.charAt(0));
        if ("PABCIFRH".indexOf(first) < 0 && "PABCIFRH".indexOf(symmetry.latticeType()) >= 0) {
            return symmetry.latticeType() + " " + name;
        }
        return name;
    }

    private static List<SymOp> operators(MtzFile mtz, MtzSymmetry symmetry) throws ReflectionFileException {
        List<SymOp> operators = new ArrayList<>();
        List<String> texts = symmetry.operators();
        for (int i = 0; i < texts.size(); i++) {
            try {
                operators.add(SymOp.parse(texts.get(i)));
            } catch (IllegalArgumentException e) {
                throw new ReflectionFileException(mtz.path(), "SYMM record " + (i + 1) + " of the header",
                        e.getMessage(), e);
            }
        }
        return operators;
    }

    private static int[] readIndices(MtzFile mtz) throws ReflectionFileException {
        int rows = mtz.rows();
        int[] hkl = new int[3 * rows];
        for (int row = 0; row < rows; row++) {
            for (int c = 0; c < 3; c++) {
                float value = mtz.value(row, c);
                long rounded = Math.round(value);
                if (mtz.isMissing(value) || value != rounded || Math.abs(rounded) > 100_000) {
                    long offset = MtzParser.FIRST_DATA_BYTE + 4L * ((long) row * mtz.columnCount() + c);
                    throw new ReflectionFileException(mtz.path(), "reflection row " + (row + 1) + " at byte offset "
                            + offset, "column " + mtz.columns().get(c).label() + " holds " + value
                            + ", which is not a Miller index");
                }
                hkl[3 * row + c] = (int) rounded;
            }
        }
        return hkl;
    }

    private static TableColumn column(MtzFile mtz, int c, UnitCell fileCell, String symbol) {
        MtzColumnHeader header = mtz.columns().get(c);
        double[] values = new double[mtz.rows()];
        for (int row = 0; row < values.length; row++) {
            float value = mtz.value(row, c);
            values[row] = mtz.isMissing(value) ? Double.NaN : value;
        }
        MtzDataset dataset = mtz.dataset(header.datasetId());
        UnitCell cell = fileCell;
        String origin = "MTZ dataset " + header.datasetId();
        if (dataset != null) {
            origin += " '" + dataset.name() + "'";
            if (dataset.cell() != null) {
                cell = unitCell(dataset.cell(), symbol);
            }
        } else {
            LOG.warn("{}: column {} refers to dataset {}, which the header does not define", mtz.path(),
                    header.label(), header.datasetId());
        }
        return new TableColumn(header.label(), header.type(), ColumnKind.ofMtzType(header.type()), values, cell,
                origin, null);
    }

    private static double[] firstDatasetCell(MtzFile mtz) {
        return mtz.datasets().stream().filter(d -> d.cell() != null).findFirst().orElseThrow().cell();
    }

    private static UnitCell unitCell(double[] c, String symbol) {
        return new UnitCell(c[0], c[1], c[2], c[3], c[4], c[5], symbol);
    }
}
