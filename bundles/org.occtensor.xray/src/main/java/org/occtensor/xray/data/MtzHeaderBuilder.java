package org.occtensor.xray.data;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.occtensor.xray.api.ReflectionFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Collects the main MTZ header records (VERS to END) and checks that they agree. */
final class MtzHeaderBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(MtzHeaderBuilder.class);

    private final Path file;
    private MtzRecord ncolRecord;
    private String version = "";
    private String title = "";
    private int declaredColumns = -1;
    private int rows = -1;
    private int batchCount;
    private double[] cell;
    private MtzRecord syminfRecord;
    private final List<String> operators = new ArrayList<>();
    private double[] resolutionRange;
    private float missingValue = Float.NaN;
    private final List<MtzColumnHeader> columns = new ArrayList<>();
    private final List<MtzDataset> datasets = new ArrayList<>();
    private final List<Integer> batchNumbers = new ArrayList<>();
    private final List<String> history = new ArrayList<>();
    private int recordCount;

    MtzHeaderBuilder(Path file) {
        this.file = file;
    }

    void accept(MtzRecord record) throws ReflectionFileException {
        List<String> tokens = record.tokens();
        switch (record.keyword()) {
            case "VERS" -> version = record.arguments();
            case "TITLE" -> title = record.arguments();
            case "NCOL" -> acceptNcol(record, tokens);
            case "CELL" -> cell = readCell(record, tokens, 0);
            case "SORT", "COLGRP", "COLPRO", "NDIF", "DRES" -> {
                // Sort order, column groups and dataset count are not needed to read the table.
            }
            case "SYMINF" -> syminfRecord = record;
            case "SYMM" -> operators.add(record.arguments());
            case "RESO" -> resolutionRange = new double[] {
                record.doubleAt(tokens, 0, "minimum 1/d^2"), record.doubleAt(tokens, 1, "maximum 1/d^2")};
            case "VALM" -> missingValue = (float) record.doubleAt(tokens, 0, "missing-number flag");
            case "COLUMN" -> acceptColumn(record, tokens);
            case "COLSRC" -> acceptColumnSource(record, tokens);
            case "PROJECT" -> updateDataset(record, tokens, true, d -> d.withProject(rest(record)));
            case "CRYSTAL" -> updateDataset(record, tokens, true, d -> d.withCrystal(rest(record)));
            case "DATASET" -> updateDataset(record, tokens, true, d -> d.withName(rest(record)));
            case "DCELL" -> {
                double[] datasetCell = readCell(record, tokens, 1);
                double[] kept = datasetCell[0] > 0 ? datasetCell : null;
                updateDataset(record, tokens, false, d -> d.withCell(kept));
            }
            case "DWAVEL" -> {
                double wavelength = record.doubleAt(tokens, 1, "wavelength");
                updateDataset(record, tokens, false, d -> d.withWavelength(wavelength));
            }
            case "BATCH" -> acceptBatch(record, tokens);
            default -> LOG.debug("{}: skipping unknown {}", file, record.location());
        }
    }

    private void acceptNcol(MtzRecord record, List<String> tokens) throws ReflectionFileException {
        ncolRecord = record;
        declaredColumns = record.intAt(tokens, 0, "column count");
        rows = record.intAt(tokens, 1, "reflection count");
        batchCount = tokens.size() > 2 ? record.intAt(tokens, 2, "batch count") : 0;
        if (declaredColumns < 3 || rows < 0 || batchCount < 0) {
            throw record.error("invalid counts: " + declaredColumns + " columns, " + rows + " reflections, "
                    + batchCount + " batches (expected at least 3 columns and no negative count)");
        }
    }

    private void acceptColumn(MtzRecord record, List<String> tokens) throws ReflectionFileException {
        if (tokens.size() < 2 || tokens.get(1).length() != 1) {
            throw record.error("expected a column label and a one-letter column type");
        }
        double min = tokens.size() > 2 ? orNaN(tokens.get(2)) : Double.NaN;
        double max = tokens.size() > 3 ? orNaN(tokens.get(3)) : Double.NaN;
        int datasetId = tokens.size() > 4 ? record.intAt(tokens, 4, "dataset id") : 0;
        columns.add(new MtzColumnHeader(tokens.get(0), tokens.get(1).charAt(0), min, max, datasetId, ""));
    }

    private void acceptColumnSource(MtzRecord record, List<String> tokens) throws ReflectionFileException {
        if (columns.isEmpty()) {
            throw record.error("COLSRC record before any COLUMN record");
        }
        int last = columns.size() - 1;
        String source = tokens.size() > 1 ? tokens.get(1) : "";
        columns.set(last, columns.get(last).withSource(source));
    }

    private void acceptBatch(MtzRecord record, List<String> tokens) throws ReflectionFileException {
        for (int i = 0; i < tokens.size(); i++) {
            batchNumbers.add(record.intAt(tokens, i, "batch number"));
        }
    }

    /**
     * Applies {@code change} to the dataset named by the record's id, which must be the last one;
     * PROJECT, CRYSTAL and DATASET records may start a new dataset.
     */
    private void updateDataset(MtzRecord record, List<String> tokens, boolean mayStartNew,
                               UnaryOperator<MtzDataset> change) throws ReflectionFileException {
        int id = record.intAt(tokens, 0, "dataset id");
        MtzDataset last = datasets.isEmpty() ? null : datasets.get(datasets.size() - 1);
        if (last == null || last.id() != id) {
            if (!mayStartNew) {
                throw record.error("dataset id " + id + " does not match the preceding PROJECT, CRYSTAL or DATASET "
                        + "record");
            }
            if (findDataset(id) != null) {
                throw record.error("dataset id " + id + " appears twice, separated by another dataset");
            }
            datasets.add(new MtzDataset(id, "", "", "", null, 0.0));
        }
        int index = datasets.size() - 1;
        datasets.set(index, change.apply(datasets.get(index)));
    }

    private MtzDataset findDataset(int id) {
        for (MtzDataset dataset : datasets) {
            if (dataset.id() == id) {
                return dataset;
            }
        }
        return null;
    }

    void setRecordCount(int count) {
        recordCount = count;
    }

    int recordCount() {
        return recordCount;
    }

    void addHistory(String line) {
        history.add(line);
    }

    int rows() {
        return rows;
    }

    int columnCount() {
        return columns.size();
    }

    /** Checks the records against each other once END has been read. */
    void finish(long headerOffset) throws ReflectionFileException {
        if (ncolRecord == null) {
            throw new ReflectionFileException(file, "header at byte offset " + headerOffset,
                    "no NCOL record before END");
        }
        if (declaredColumns != columns.size()) {
            throw ncolRecord.error("declares " + declaredColumns + " columns but the header has " + columns.size()
                    + " COLUMN records");
        }
        for (int i = 0; i < 3; i++) {
            if (columns.get(i).type() != 'H') {
                throw ncolRecord.error("column " + (i + 1) + " '" + columns.get(i).label() + "' has type "
                        + columns.get(i).type() + "; the first three columns must be H, K, L of type H");
            }
        }
        long distinctBatches = batchNumbers.stream().distinct().count();
        if (!batchNumbers.isEmpty() && distinctBatches != batchCount) {
            LOG.warn("{}: NCOL declares {} batches but BATCH records list {}", file, batchCount, distinctBatches);
        }
        if (cell == null && datasets.stream().allMatch(d -> d.cell() == null)) {
            throw new ReflectionFileException(file, "header at byte offset " + headerOffset,
                    "no CELL record and no DCELL record with a cell");
        }
    }

    MtzFile build(ByteOrder order, float[] data) throws ReflectionFileException {
        MtzSymmetry symmetry = syminfRecord == null ? null : readSymmetry(syminfRecord);
        return new MtzFile(file, order, version, title, cell, symmetry, resolutionRange, missingValue, columns,
                datasets, batchCount, history, rows, data);
    }

    private MtzSymmetry readSymmetry(MtzRecord record) throws ReflectionFileException {
        List<String> tokens = record.tokens();
        int count = record.intAt(tokens, 0, "symmetry operator count");
        int primitive = record.intAt(tokens, 1, "primitive operator count");
        if (tokens.size() < 5) {
            throw record.error("expected operator counts, lattice type, space group number and name");
        }
        char lattice = tokens.get(2).isEmpty() ? '?' : tokens.get(2).charAt(0);
        int number = record.intAt(tokens, 3, "space group number");
        String name = tokens.get(4).trim();
        String pointGroup = tokens.size() > 5 ? tokens.get(5) : "";
        if (!operators.isEmpty() && count != operators.size()) {
            LOG.warn("{}: {} declares {} symmetry operators but the header has {} SYMM records", file,
                    record.location(), count, operators.size());
        }
        return new MtzSymmetry(count, primitive, lattice, number, name, pointGroup, operators);
    }

    private static double[] readCell(MtzRecord record, List<String> tokens, int first)
            throws ReflectionFileException {
        String[] names = {"a", "b", "c", "alpha", "beta", "gamma"};
        double[] values = new double[6];
        for (int i = 0; i < 6; i++) {
            values[i] = record.doubleAt(tokens, first + i, "cell " + names[i]);
        }
        return values;
    }

    private static String rest(MtzRecord record) {
        String args = record.arguments();
        int space = args.indexOf(' ');
        return space < 0 ? "" : args.substring(space).trim();
    }

    private static double orNaN(String token) {
        Double value = MtzRecord.parseDouble(token);
        return value == null ? Double.NaN : value;
    }
}
