package org.occtensor.xray.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.occtensor.xray.api.ReflectionFileException;
import org.occtensor.xray.api.ReflectionOptions;

/**
 * Chooses amplitude (or intensity), sigma and R-free flag columns, from the user's labels or from
 * the conventional labels of CCP4, phenix and the PDB, in the order listed here.
 */
public final class ColumnChooser {

    /** Amplitude and sigma labels, most preferred first; mmCIF names are matched without case. */
    static final List<List<String>> AMPLITUDES = List.of(
            List.of("FP", "SIGFP"),
            List.of("F-obs", "SIGF-obs"),
            List.of("FOBS", "SIGFOBS"),
            List.of("F-obs-filtered", "SIGF-obs-filtered"),
            List.of("F_meas_au", "F_meas_sigma_au"),
            List.of("F_meas", "F_meas_sigma"),
            List.of("F", "SIGF"),
            List.of("FMEAN", "SIGFMEAN"));

    static final List<List<String>> ANOMALOUS_AMPLITUDES = List.of(
            List.of("F(+)", "SIGF(+)", "F(-)", "SIGF(-)"),
            List.of("F-obs(+)", "SIGF-obs(+)", "F-obs(-)", "SIGF-obs(-)"),
            List.of("pdbx_F_plus", "pdbx_F_plus_sigma", "pdbx_F_minus", "pdbx_F_minus_sigma"));

    static final List<List<String>> INTENSITIES = List.of(
            List.of("I", "SIGI"),
            List.of("IOBS", "SIGIOBS"),
            List.of("IMEAN", "SIGIMEAN"),
            List.of("I-obs", "SIGI-obs"),
            List.of("intensity_meas", "intensity_sigma"));

    static final List<List<String>> ANOMALOUS_INTENSITIES = List.of(
            List.of("I(+)", "SIGI(+)", "I(-)", "SIGI(-)"),
            List.of("I-obs(+)", "SIGI-obs(+)", "I-obs(-)", "SIGI-obs(-)"),
            List.of("pdbx_I_plus", "pdbx_I_plus_sigma", "pdbx_I_minus", "pdbx_I_minus_sigma"));

    /** R-free flag labels, most preferred first. */
    static final List<String> FREE_FLAGS = List.of(
            "FreeR_flag", "R-free-flags", "FREE", "FreeRflag", "FREER", "status", "pdbx_r_free_flag");

    private ColumnChooser() {
    }

    /** Returns true when the table has columns that {@link #choose} would pick without labels. */
    static boolean hasKnownData(ReflectionTable table) {
        return automaticValues(table) != null;
    }

    /**
     * Chooses the columns, from {@code options.labels()} when given. Labels without a flag column
     * ("F,SIGF") still use the file's R-free flags when it has a column with a known label.
     */
    public static ColumnChoice choose(ReflectionTable table, ReflectionOptions options)
            throws ReflectionFileException {
        if (options.hasLabels()) {
            return fromLabels(table, options.labels());
        }
        ColumnChoice values = automaticValues(table);
        if (values == null) {
            throw new ReflectionFileException(table.file(), "",
                    "no amplitude or intensity columns with a known label (FP/SIGFP, F-obs/SIGF-obs, FOBS/SIGFOBS, "
                    + "F-obs-filtered, F_meas_au, F/SIGF, F(+)/F(-), I/SIGI, IOBS/SIGIOBS, IMEAN/SIGIMEAN, "
                    + "I-obs, intensity_meas); columns present: " + table.describeColumns()
                    + "; choose them with --labels F,SIGF");
        }
        return new ColumnChoice(values.values(), values.sigmas(), values.intensities(), automaticFree(table));
    }

    private static ColumnChoice automaticValues(ReflectionTable table) {
        ColumnChoice choice = firstMatch(table, AMPLITUDES, false);
        if (choice == null) {
            choice = firstMatch(table, ANOMALOUS_AMPLITUDES, false);
        }
        if (choice == null) {
            choice = firstMatch(table, INTENSITIES, true);
        }
        if (choice == null) {
            choice = firstMatch(table, ANOMALOUS_INTENSITIES, true);
        }
        if (choice == null) {
            choice = firstTypedPair(table);
        }
        return choice;
    }

    private static ColumnChoice firstMatch(ReflectionTable table, List<List<String>> candidates,
                                           boolean intensities) {
        for (List<String> labels : candidates) {
            List<TableColumn> found = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                TableColumn column = table.find(labels.get(i));
                ColumnKind expected = i % 2 == 1 ? ColumnKind.SIGMA
                        : intensities ? ColumnKind.INTENSITY : ColumnKind.AMPLITUDE;
                if (column == null || (column.type() != '?' && column.kind() != expected)) {
                    break;
                }
                found.add(column);
            }
            if (found.size() == 2 && labels.size() == 2) {
                return new ColumnChoice(List.of(found.get(0)), List.of(found.get(1)), intensities, null);
            }
            if (found.size() == 4 && labels.size() == 4) {
                return new ColumnChoice(List.of(found.get(0), found.get(2)), List.of(found.get(1), found.get(3)),
                        intensities, null);
            }
        }
        return null;
    }

    /**
     * Falls back to the first MTZ column of type F (or else J) that is directly followed by a sigma
     * column of type Q, the layout CCP4 programs write.
     */
    private static ColumnChoice firstTypedPair(ReflectionTable table) {
        List<TableColumn> columns = table.columns();
        for (char valueType : new char[] {'F', 'J'}) {
            for (int i = 0; i + 1 < columns.size(); i++) {
                if (columns.get(i).type() == valueType && columns.get(i + 1).type() == 'Q') {
                    return new ColumnChoice(List.of(columns.get(i)), List.of(columns.get(i + 1)), valueType == 'J',
                            null);
                }
            }
        }
        return null;
    }

    private static TableColumn automaticFree(ReflectionTable table) {
        for (String label : FREE_FLAGS) {
            TableColumn column = table.find(label);
            if (column != null && (column.kind() == ColumnKind.FLAG || column.kind() == ColumnKind.STATUS
                    || column.type() == '?')) {
                return column;
            }
        }
        for (TableColumn column : table.columns()) {
            if (column.kind() == ColumnKind.FLAG && column.label().toLowerCase(Locale.ROOT).contains("free")) {
                return column;
            }
        }
        return null;
    }

    private static ColumnChoice fromLabels(ReflectionTable table, List<String> labels)
            throws ReflectionFileException {
        List<TableColumn> found = new ArrayList<>();
        for (String label : labels) {
            String bare = label.startsWith("_refln.") ? label.substring("_refln.".length()) : label;
            TableColumn column = table.find(bare);
            if (column == null) {
                throw new ReflectionFileException(table.file(), "", "column '" + label + "' given in --labels not found;"
                        + " columns present: " + table.describeColumns());
            }
            found.add(column);
        }
        boolean anomalous = found.size() >= 4;
        List<TableColumn> values = anomalous ? List.of(found.get(0), found.get(2)) : List.of(found.get(0));
        List<TableColumn> sigmas = anomalous ? List.of(found.get(1), found.get(3)) : List.of(found.get(1));
        boolean freeGiven = found.size() == 3 || found.size() == 5;
        TableColumn free = freeGiven ? found.get(found.size() - 1) : automaticFree(table);

        boolean intensities = isIntensity(values.get(0));
        for (TableColumn value : values) {
            checkValueColumn(table, value, intensities);
        }
        for (TableColumn sigma : sigmas) {
            checkKind(table, sigma, ColumnKind.SIGMA, "a sigma column (MTZ type Q, L or M)");
        }
        if (freeGiven && free.kind() != ColumnKind.FLAG && free.kind() != ColumnKind.STATUS) {
            checkKind(table, free, ColumnKind.FLAG, "an R-free flag column (MTZ type I)");
        }
        return new ColumnChoice(values, sigmas, intensities, free);
    }

    private static void checkValueColumn(ReflectionTable table, TableColumn column, boolean intensities)
            throws ReflectionFileException {
        ColumnKind expected = intensities ? ColumnKind.INTENSITY : ColumnKind.AMPLITUDE;
        if (column.type() == '?') {
            return;
        }
        if (column.kind() != expected) {
            throw new ReflectionFileException(table.file(), "", "column '" + column.label() + "' has type "
                    + column.type() + "; expected amplitudes (type F or G) or intensities (type J or K), "
                    + "both of one kind");
        }
    }

    private static void checkKind(ReflectionTable table, TableColumn column, ColumnKind expected, String what)
            throws ReflectionFileException {
        if (column.type() != '?' && column.kind() != expected) {
            throw new ReflectionFileException(table.file(), "", "column '" + column.label() + "' has type "
                    + column.type() + "; expected " + what);
        }
    }

    private static boolean isIntensity(TableColumn column) {
        return column.kind() == ColumnKind.INTENSITY;
    }
}
