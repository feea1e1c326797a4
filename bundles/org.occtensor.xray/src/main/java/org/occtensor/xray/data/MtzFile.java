package org.occtensor.xray.data;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

/**
 * A parsed merged or unmerged MTZ file: the header records this project uses and the reflection
 * table as stored (float32, row-major, {@code rows x columns}).
 */
public final class MtzFile {

    private final Path path;
    private final ByteOrder byteOrder;
    private final String version;
    private final String title;
    private final double[] cell;
    private final MtzSymmetry symmetry;
    private final double[] resolutionRange;
    private final float missingValue;
    private final List<MtzColumnHeader> columns;
    private final List<MtzDataset> datasets;
    private final int batchCount;
    private final List<String> history;
    private final int rows;
    private final float[] data;

    MtzFile(Path path, ByteOrder byteOrder, String version, String title, double[] cell, MtzSymmetry symmetry,
            double[] resolutionRange, float missingValue, List<MtzColumnHeader> columns, List<MtzDataset> datasets,
            int batchCount, List<String> history, int rows, float[] data) {
        this.path = path;
        this.byteOrder = byteOrder;
        this.version = version;
        this.title = title;
        this.cell = cell;
        this.symmetry = symmetry;
        this.resolutionRange = resolutionRange;
        this.missingValue = missingValue;
        this.columns = List.copyOf(columns);
        this.datasets = List.copyOf(datasets);
        this.batchCount = batchCount;
        this.history = List.copyOf(history);
        this.rows = rows;
        this.data = data;
    }

    public Path path() {
        return path;
    }

    public ByteOrder byteOrder() {
        return byteOrder;
    }

    /** VERS record text, e.g. "MTZ:V1.1". */
    public String version() {
        return version;
    }

    public String title() {
        return title;
    }

    /** Global CELL record: a, b, c (angstrom), alpha, beta, gamma (degrees); null when absent. */
    public double[] cell() {
        return cell == null ? null : cell.clone();
    }

    /** SYMINF and SYMM records; null when the header has no SYMINF record. */
    public MtzSymmetry symmetry() {
        return symmetry;
    }

    /** RESO record: minimum and maximum 1/d^2 in 1/angstrom^2; null when absent. */
    public double[] resolutionRange() {
        return resolutionRange == null ? null : resolutionRange.clone();
    }

    /** VALM missing-number flag; NaN when missing values are stored as NaN. */
    public float missingValue() {
        return missingValue;
    }

    public List<MtzColumnHeader> columns() {
        return columns;
    }

    public List<MtzDataset> datasets() {
        return datasets;
    }

    /** Number of batches declared in the NCOL record; non-zero for unmerged data. */
    public int batchCount() {
        return batchCount;
    }

    public List<String> history() {
        return history;
    }

    public int rows() {
        return rows;
    }

    public int columnCount() {
        return columns.size();
    }

    /** Returns the stored value; test it with {@link #isMissing(float)}. */
    public float value(int row, int column) {
        return data[row * columns.size() + column];
    }

    /** Returns true for NaN and, when VALM gives a number, for that number. */
    public boolean isMissing(float value) {
        return Float.isNaN(value) || (!Float.isNaN(missingValue) && value == missingValue);
    }

    /** Returns the index of the first column with this label, or -1. */
    public int columnIndex(String label) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the dataset with this id, or null. */
    public MtzDataset dataset(int id) {
        for (MtzDataset dataset : datasets) {
            if (dataset.id() == id) {
                return dataset;
            }
        }
        return null;
    }
}
