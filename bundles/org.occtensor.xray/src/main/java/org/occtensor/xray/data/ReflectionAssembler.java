package org.occtensor.xray.data;

import java.util.Arrays;
import org.occtensor.core.api.UnitCell;
import org.occtensor.xray.api.ReflectionData;
import org.occtensor.xray.api.ReflectionFileException;
import org.occtensor.xray.api.ReflectionOptions;
import org.occtensor.xray.api.ReflectionReport;
import org.occtensor.xray.structure.CellGeometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds {@link ReflectionData} from a reflection table: chooses columns, merges anomalous pairs,
 * excludes and counts unusable rows, reads or generates R-free flags and converts intensities by
 * French-Wilson.
 */
public final class ReflectionAssembler {

    private static final Logger LOG = LoggerFactory.getLogger(ReflectionAssembler.class);

    /** Reason for leaving a row out. Each row gets at most one, checked in declaration order. */
    private enum Exclusion { NONE, MISSING, NON_POSITIVE, INVALID_SIGMA, MISSING_FLAG }

    private ReflectionAssembler() {
    }

    public static ReflectionData assemble(ReflectionTable table, ReflectionOptions options)
            throws ReflectionFileException {
        ColumnChoice choice = ColumnChooser.choose(table, options);
        checkParsed(table, choice);

        int rows = table.rows();
        double[] value = new double[rows];
        double[] sigma = new double[rows];
        mergeColumns(choice, value, sigma);

        int[] counts = new int[Exclusion.values().length];
        int[] kept = new int[rows];
        int keptCount = 0;
        for (int row = 0; row < rows; row++) {
            Exclusion reason = exclusion(choice, value[row], sigma[row], row);
            counts[reason.ordinal()]++;
            if (reason == Exclusion.NONE) {
                kept[keptCount++] = row;
            }
        }
        kept = Arrays.copyOf(kept, keptCount);

        int[] hkl = new int[3 * keptCount];
        double[] keptValue = new double[keptCount];
        double[] keptSigma = new double[keptCount];
        for (int i = 0; i < keptCount; i++) {
            System.arraycopy(table.hkl(), 3 * kept[i], hkl, 3 * i, 3);
            keptValue[i] = value[kept[i]];
            keptSigma[i] = sigma[kept[i]];
        }

        UnitCell cell = choice.values().get(0).cell();
        if (choice.intensities()) {
            FrenchWilson.Result converted = FrenchWilson.convert(hkl, keptValue, keptSigma, CellGeometry.of(cell),
                    centricity(table));
            keptValue = converted.amplitude();
            keptSigma = converted.sigma();
            LOG.info("{}: French-Wilson converted {} intensities from {} ({} centric, {} resolution bins, {} with "
                    + "h < -4)", table.file(), keptCount, choice.valueLabel(), converted.centric(), converted.bins(),
                    converted.veryNegative());
        }

        FreeFlags flags = freeFlags(table, choice, kept, hkl, options);
        ReflectionReport report = new ReflectionReport(choice.valueLabel(), choice.sigmaLabel(), flags.label(),
                flags.convention(), choice.intensities(), choice.anomalous(), rows,
                counts[Exclusion.MISSING.ordinal()], counts[Exclusion.NON_POSITIVE.ordinal()],
                counts[Exclusion.INVALID_SIGMA.ordinal()], counts[Exclusion.MISSING_FLAG.ordinal()],
                choice.values().get(0).origin());
        log(table, report, keptCount, flags);
        return new ReflectionData(table.file().toString(), cell, hkl, keptValue, keptSigma, flags.free(), report);
    }

    private static void checkParsed(ReflectionTable table, ColumnChoice choice) throws ReflectionFileException {
        for (TableColumn column : choice.values()) {
            checkParsed(table, column);
        }
        for (TableColumn column : choice.sigmas()) {
            checkParsed(table, column);
        }
        if (choice.free() != null) {
            checkParsed(table, choice.free());
        }
    }

    private static void checkParsed(ReflectionTable table, TableColumn column) throws ReflectionFileException {
        if (column.invalidValue() != null) {
            throw new ReflectionFileException(table.file(), column.origin(), "column " + column.label()
                    + " holds a value that is not a number at " + column.invalidValue());
        }
    }

    /**
     * Fills value and sigma per row. An anomalous pair gives the mean of the members present; with both,
     * sigma = sqrt(sigma+^2 + sigma-^2) / 2, the sigma of a mean of two independent measurements.
     */
    private static void mergeColumns(ColumnChoice choice, double[] value, double[] sigma) {
        double[] v1 = choice.values().get(0).values();
        double[] s1 = choice.sigmas().get(0).values();
        if (!choice.anomalous()) {
            System.arraycopy(v1, 0, value, 0, value.length);
            System.arraycopy(s1, 0, sigma, 0, sigma.length);
            return;
        }
        double[] v2 = choice.values().get(1).values();
        double[] s2 = choice.sigmas().get(1).values();
        for (int row = 0; row < value.length; row++) {
            boolean plus = !Double.isNaN(v1[row]);
            boolean minus = !Double.isNaN(v2[row]);
            if (plus && minus) {
                value[row] = 0.5 * (v1[row] + v2[row]);
                sigma[row] = 0.5 * Math.sqrt(s1[row] * s1[row] + s2[row] * s2[row]);
            } else if (plus) {
                value[row] = v1[row];
                sigma[row] = s1[row];
            } else if (minus) {
                value[row] = v2[row];
                sigma[row] = s2[row];
            } else {
                value[row] = Double.NaN;
                sigma[row] = Double.NaN;
            }
        }
    }

    private static Exclusion exclusion(ColumnChoice choice, double value, double sigma, int row) {
        if (Double.isNaN(value)) {
            return Exclusion.MISSING;
        }
        if (!choice.intensities() && value <= 0.0) {
            return Exclusion.NON_POSITIVE;
        }
        if (Double.isNaN(sigma) || (choice.intensities() && sigma <= 0.0)) {
            return Exclusion.INVALID_SIGMA;
        }
        if (choice.free() != null && choice.free().isMissing(row)) {
            return Exclusion.MISSING_FLAG;
        }
        return Exclusion.NONE;
    }

    private static FreeFlags freeFlags(ReflectionTable table, ColumnChoice choice, int[] kept, int[] hkl,
                                       ReflectionOptions options) throws ReflectionFileException {
        if (choice.free() == null) {
            return FreeFlags.generate(hkl, options.freeSeed(), options.freeFraction(), "the file has no R-free flags");
        }
        FreeFlags flags = FreeFlags.fromColumn(table, choice.free(), kept);
        if (flags == null) {
            LOG.warn("{}: R-free flag column {} holds a single value, so it marks no test set; generating one",
                    table.file(), choice.free().label());
            return FreeFlags.generate(hkl, options.freeSeed(), options.freeFraction(),
                    "column " + choice.free().label() + " holds a single value");
        }
        return flags;
    }

    private static CentricityProvider centricity(ReflectionTable table) throws ReflectionFileException {
        CentricityProvider provider = DataSymmetry.centricity(table.file(), table.cell().spaceGroup(),
                table.operators());
        if (provider == null) {
            throw new ReflectionFileException(table.file(), "", "French-Wilson needs the space group's symmetry "
                    + "operators, but the space group '" + table.cell().spaceGroup() + "' is not in the table and "
                    + "the file lists no operators; give amplitudes or a known space group symbol");
        }
        return provider;
    }

    private static void log(ReflectionTable table, ReflectionReport report, int keptCount, FreeFlags flags) {
        int free = 0;
        for (boolean f : flags.free()) {
            free += f ? 1 : 0;
        }
        LOG.info("{}: {} reflections kept from {} rows ({}, {} {}), {} free ({}); excluded: {} missing, {} not "
                + "positive, {} without a valid sigma, {} without a free flag", table.file(), keptCount,
                report.rowsRead(), report.origin(), report.amplitudeLabel(), report.sigmaLabel(), free,
                report.freeConvention(), report.excludedMissing(), report.excludedNonPositive(),
                report.excludedInvalidSigma(), report.excludedMissingFlag());
    }
}
