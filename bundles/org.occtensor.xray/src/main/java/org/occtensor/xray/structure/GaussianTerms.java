package org.occtensor.xray.structure;

import java.util.Arrays;

/**
 * Gaussian density terms {@code A exp(-d^T Q d)} in grid units, d the offset from the centre
 * measured in grid steps: a growable structure of arrays filled from atoms, read by
 * {@link DensityGrid}.
 */
final class GaussianTerms {

    private int count;
    private double[] amplitude = new double[64];
    private double[] form = new double[9 * 64];
    private double[] centre = new double[3 * 64];

    int count() {
        return count;
    }

    double amplitude(int t) {
        return amplitude[t];
    }

    double[] form(int t) {
        return Arrays.copyOfRange(form, 9 * t, 9 * t + 9);
    }

    double[] centre(int t) {
        return Arrays.copyOfRange(centre, 3 * t, 3 * t + 3);
    }

    /** Half-widths of the box around the ellipsoid d^T Q d <= limit: sqrt(limit (Q^-1)_ii). */
    double[] halfWidths(int t, double limit) {
        double[] inverse = Matrix3.invert(form(t));
        return new double[] {Math.sqrt(limit * inverse[0]), Math.sqrt(limit * inverse[4]),
            Math.sqrt(limit * inverse[8])};
    }

    void add(double a, double[] q, double[] c) {
        if (count == amplitude.length) {
            amplitude = Arrays.copyOf(amplitude, 2 * count);
            form = Arrays.copyOf(form, 18 * count);
            centre = Arrays.copyOf(centre, 6 * count);
        }
        amplitude[count] = a;
        System.arraycopy(q, 0, form, 9 * count, 9);
        System.arraycopy(c, 0, centre, 3 * count, 3);
        count++;
    }
}
