package org.occtensor.xray.structure;

import java.util.stream.IntStream;

import org.jtransforms.fft.DoubleFFT_3D;

/**
 * A real map on a grid over the whole cell, stored for JTransforms' full real-to-complex transform:
 * {@code 2 * n0 * n1 * n2} doubles, the map in the first half (row-major, the third index fastest) and
 * after {@link #transform()} the complex transform interleaved (re, im) at index
 * {@code 2 * ((i * n1 + j) * n2 + k)}.
 */
public final class DensityGrid {

    private final int[] size;
    private final double[] data;
    private boolean transformed;

    public DensityGrid(int[] size) {
        this.size = size.clone();
        long points = (long) size[0] * size[1] * size[2];
        if (2 * points > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("grid " + size[0] + "x" + size[1] + "x" + size[2] + " is too large");
        }
        this.data = new double[(int) (2 * points)];
    }

    public int size(int axis) {
        return size[axis];
    }

    public int points() {
        return size[0] * size[1] * size[2];
    }

    /** Returns the backing array: map values, then transform coefficients after {@link #transform()}. */
    double[] data() {
        return data;
    }

    public int index(int i, int j, int k) {
        return (i * size[1] + j) * size[2] + k;
    }

    /**
     * Adds Gaussians to the map, splitting the work into slabs of the first index so that every grid
     * point is summed by one thread in term order (bit-identical results whatever the thread count).
     */
    void addGaussians(GaussianTerms terms, double cutoff) {
        int tasks = Math.min(size[0], 4 * Runtime.getRuntime().availableProcessors());
        IntStream.range(0, tasks).parallel().forEach(task -> {
            int from = (int) ((long) size[0] * task / tasks);
            int to = (int) ((long) size[0] * (task + 1) / tasks);
            for (int t = 0; t < terms.count(); t++) {
                addGaussian(terms, t, cutoff, from, to);
            }
        });
    }

    /**
     * Adds {@code A exp(-d^T Q d)} around a centre, d being the offset in grid units, at the points
     * whose first index lies in [from, to) and where |value| exceeds {@code cutoff}. A may be negative
     * (a few IT92 ion fits have a negative coefficient). Along the
     * third index the exponent is quadratic, so values follow by two multiplications per point.
     */
    private void addGaussian(GaussianTerms terms, int t, double cutoff, int from, int to) {
        double amplitude = terms.amplitude(t);
        double limit = Math.log(Math.abs(amplitude) / cutoff);
        if (!(limit > 0)) {
            return;
        }
        double[] q = terms.form(t);
        double[] c = terms.centre(t);
        double[] halfWidth = terms.halfWidths(t, limit);
        int iMin = (int) Math.ceil(c[0] - halfWidth[0]);
        int iMax = (int) Math.floor(c[0] + halfWidth[0]);
        int jMin = (int) Math.ceil(c[1] - halfWidth[1]);
        int jMax = (int) Math.floor(c[1] + halfWidth[1]);
        double a = q[8];
        double step = Math.exp(-2.0 * a);
        for (int i = iMin; i <= iMax; i++) {
            int iw = Math.floorMod(i, size[0]);
            if (iw < from || iw >= to) {
                continue;
            }
            double du = i - c[0];
            for (int j = jMin; j <= jMax; j++) {
                double dv = j - c[1];
                double b = 2.0 * (q[2] * du + q[5] * dv);
                double constant = q[0] * du * du + 2.0 * q[1] * du * dv + q[4] * dv * dv;
                double discriminant = b * b - 4.0 * a * (constant - limit);
                if (discriminant < 0) {
                    continue;
                }
                double root = Math.sqrt(discriminant);
                int kMin = (int) Math.ceil(c[2] + (-b - root) / (2.0 * a));
                int kMax = (int) Math.floor(c[2] + (-b + root) / (2.0 * a));
                if (kMin > kMax) {
                    continue;
                }
                double dw = kMin - c[2];
                double value = amplitude * Math.exp(-(a * dw * dw + b * dw + constant));
                double ratio = Math.exp(-(a * (2.0 * dw + 1.0) + b));
                int rowStart = (iw * size[1] + Math.floorMod(j, size[1])) * size[2];
                int k = Math.floorMod(kMin, size[2]);
                for (int kk = kMin; kk <= kMax; kk++) {
                    data[rowStart + k] += value;
                    value *= ratio;
                    ratio *= step;
                    if (++k == size[2]) {
                        k = 0;
                    }
                }
            }
        }
    }

    /** Replaces the map by its forward transform, sum_x rho(x) exp(-2 pi i h.x). */
    public void transform() {
        if (transformed) {
            throw new IllegalStateException("grid already transformed");
        }
        new DoubleFFT_3D(size[0], size[1], size[2]).realForwardFull(data);
        transformed = true;
    }

    /**
     * Returns the integral of the map times exp(+2 pi i h.x) over a cell of volume V, (V / N) times
     * the complex conjugate of the transform at h; writes {re, im} into {@code out}.
     */
    public void coefficient(int h, int k, int l, double volume, double[] out) {
        if (!transformed) {
            throw new IllegalStateException("grid not transformed yet");
        }
        int index = 2 * index(Math.floorMod(h, size[0]), Math.floorMod(k, size[1]), Math.floorMod(l, size[2]));
        double scale = volume / points();
        out[0] = scale * data[index];
        out[1] = -scale * data[index + 1];
    }

    /** Sets the map value at a point (before the transform), e.g. to fill it with a 0/1 mask. */
    public void set(int index, double value) {
        data[index] = value;
    }
}
