package org.occtensor.xray.scaling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Resolution bins on a logarithmic scale of s^2 (Urzhumtsev et al., 2009, Acta Cryst. D65, 1283-1291,
 * as cctbx's miller.set.log_binning states the source): the first bin holds the lowest-resolution
 * reflections, and the following bins have equal widths in ln(s^2), the width of the next block of
 * the same size. Bins that end up with too few reflections merge into their lower-resolution neighbour.
 */
public final class ResolutionBins {

    /** Reflections in the lowest-resolution bin. */
    public static final int LOWEST_BIN_SIZE = 100;

    public static final int MAX_BINS = 30;

    public static final int MIN_BIN_SIZE = 50;

    private final int[] binOf;
    private final double[] inverseDSquaredLimits;
    private final int[] counts;

    private ResolutionBins(int[] binOf, double[] limits, int[] counts) {
        this.binOf = binOf;
        this.inverseDSquaredLimits = limits;
        this.counts = counts;
    }

    /**
     * Bins reflections by 1/d^2.
     *
     * @param inverseDSquared 1/d^2 per reflection in inverse square angstrom (not modified)
     */
    public static ResolutionBins logarithmic(double[] inverseDSquared) {
        int n = inverseDSquared.length;
        double[] sorted = inverseDSquared.clone();
        Arrays.sort(sorted);
        if (n <= 2 * LOWEST_BIN_SIZE) {
            return assign(inverseDSquared, new double[] {sorted[0], sorted[n - 1]});
        }
        double first = Math.log(sorted[LOWEST_BIN_SIZE]);
        double last = Math.log(sorted[n - 1]);
        double step = Math.log(sorted[2 * LOWEST_BIN_SIZE]) - first;
        if (!(step > 0) || (last - first) / step + 2 > MAX_BINS) {
            step = (last - first) / (MAX_BINS - 1);
        }
        List<Double> limits = new ArrayList<>();
        limits.add(sorted[0]);
        for (double x = first; x < last && step > 0; x += step) {
            limits.add(Math.exp(x));
        }
        limits.add(sorted[n - 1]);
        double[] array = limits.stream().mapToDouble(Double::doubleValue).toArray();
        return mergeSmall(inverseDSquared, array);
    }

    /** Bins with fixed limits in 1/d^2 (ascending, first and last inclusive of all reflections). */
    private static ResolutionBins assign(double[] inverseDSquared, double[] limits) {
        int bins = limits.length - 1;
        int[] binOf = new int[inverseDSquared.length];
        int[] counts = new int[bins];
        for (int r = 0; r < inverseDSquared.length; r++) {
            int index = Arrays.binarySearch(limits, 1, limits.length - 1, inverseDSquared[r]);
            int bin = index >= 0 ? index - 1 : -index - 2;
            bin = Math.max(0, Math.min(bins - 1, bin));
            binOf[r] = bin;
            counts[bin]++;
        }
        return new ResolutionBins(binOf, limits, counts);
    }

    private static ResolutionBins mergeSmall(double[] inverseDSquared, double[] limits) {
        ResolutionBins bins = assign(inverseDSquared, limits);
        for (int b = bins.count() - 1; b > 0 && bins.count() > 1; b--) {
            if (bins.counts[b] < MIN_BIN_SIZE) {
                double[] fewer = new double[limits.length - 1];
                System.arraycopy(limits, 0, fewer, 0, b);
                System.arraycopy(limits, b + 1, fewer, b, limits.length - b - 1);
                limits = fewer;
                bins = assign(inverseDSquared, limits);
                b = Math.min(b, bins.count());
            }
        }
        return bins;
    }

    /** Number of bins. */
    public int count() {
        return counts.length;
    }

    /** Bin of reflection r, 0 at low resolution. */
    public int binOf(int r) {
        return binOf[r];
    }

    /** Reflections in bin b. */
    public int size(int b) {
        return counts[b];
    }

    /** Low-resolution limit of bin b in angstrom. */
    public double dMax(int b) {
        return 1.0 / Math.sqrt(inverseDSquaredLimits[b]);
    }

    /** High-resolution limit of bin b in angstrom. */
    public double dMin(int b) {
        return 1.0 / Math.sqrt(inverseDSquaredLimits[b + 1]);
    }

    /** Lower 1/d^2 limit of bin b. */
    public double inverseDSquaredMin(int b) {
        return inverseDSquaredLimits[b];
    }

    /** Upper 1/d^2 limit of bin b. */
    public double inverseDSquaredMax(int b) {
        return inverseDSquaredLimits[b + 1];
    }
}
