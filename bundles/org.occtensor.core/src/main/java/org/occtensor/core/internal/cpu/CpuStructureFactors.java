package org.occtensor.core.internal.cpu;

import java.util.Arrays;

import org.occtensor.core.spi.Reflections;
import org.occtensor.core.spi.ScatteringAtoms;
import org.occtensor.core.spi.SymmetryOperators;

/**
 * Structure factors by direct summation over symmetry operators and atoms, and their adjoint with
 * respect to occupancy: the reference the FFT path and the OpenCL kernels are checked against.
 *
 * <p>Cost is O(reflections x operators x atoms). The phase factor of a symmetry copy x' = R x + t is
 * separable along the axes, exp(2 pi i h.x') = E1[h] E2[k] E3[l] with En[m] = exp(2 pi i m x'_n),
 * so each copy gets three short tables of exact sines and cosines and the inner loop multiplies three
 * complex numbers instead of calling sin and cos. Every reflection (forward) or atom (adjoint) is
 * summed by one thread in a fixed order, so results are bit-identical whatever the thread count.
 */
public final class CpuStructureFactors {

    private static final double TWO_PI = 2.0 * Math.PI;
    private static final double TWO_PI_SQUARED = 2.0 * Math.PI * Math.PI;

    /** Upper bound on the phase tables of one atom chunk, in doubles (about 4 MiB). */
    private static final int TABLE_BUDGET = 1 << 19;

    /** Reflections per parallel task; also the minimum before the forward sum forks. */
    private static final int REFLECTION_GRAIN = 256;

    private CpuStructureFactors() {
    }

    /**
     * Writes Re F and Im F for every reflection, overwriting {@code real} and {@code imag}.
     *
     * @throws IllegalArgumentException when an array is shorter than the counts require
     */
    public static void compute(ScatteringAtoms atoms, Reflections reflections, SymmetryOperators operators,
                               double[] real, double[] imag) {
        validate(atoms, reflections, operators);
        int n = reflections.count();
        requireLength("real", real, n);
        requireLength("imag", imag, n);
        Arrays.fill(real, 0, n, 0.0);
        Arrays.fill(imag, 0, n, 0.0);
        if (n == 0 || atoms.count() == 0 || operators.count() == 0) {
            return;
        }

        IndexRange range = IndexRange.of(reflections);
        int chunk = atomChunk(range, operators.count(), atoms.count());
        for (int first = 0; first < atoms.count(); first += chunk) {
            int last = Math.min(atoms.count(), first + chunk);
            PhaseTables tables = PhaseTables.build(atoms, operators, range, first, last);
            Parallel.forRange(n, REFLECTION_GRAIN, (from, to) ->
                    accumulate(atoms, reflections, tables, from, to, real, imag));
        }
    }

    /**
     * Writes {@code occupancyGrad[a] = sum_r realGrad[r] dRe F(r)/d occ[a] + imagGrad[r] dIm F(r)/d occ[a]},
     * overwriting it.
     *
     * @throws IllegalArgumentException when an array is shorter than the counts require
     */
    public static void occupancyAdjoint(ScatteringAtoms atoms, Reflections reflections, SymmetryOperators operators,
                                        double[] realGrad, double[] imagGrad, double[] occupancyGrad) {
        validate(atoms, reflections, operators);
        requireLength("realGrad", realGrad, reflections.count());
        requireLength("imagGrad", imagGrad, reflections.count());
        requireLength("occupancyGrad", occupancyGrad, atoms.count());
        Arrays.fill(occupancyGrad, 0, atoms.count(), 0.0);
        if (reflections.count() == 0 || atoms.count() == 0 || operators.count() == 0) {
            return;
        }

        IndexRange range = IndexRange.of(reflections);
        Parallel.forRange(atoms.count(), 1, (from, to) -> {
            for (int a = from; a < to; a++) {
                PhaseTables tables = PhaseTables.build(atoms, operators, range, a, a + 1);
                occupancyGrad[a] = adjointOfAtom(atoms, reflections, tables, a, realGrad, imagGrad);
            }
        });
    }

    /** Adds the contributions of the chunk's atoms to reflections [from, to). */
    private static void accumulate(ScatteringAtoms atoms, Reflections reflections, PhaseTables tables,
                                   int from, int to, double[] real, double[] imag) {
        int n = reflections.count();
        int[] hkl = reflections.hkl();
        double[] stol2 = reflections.stol2();
        double[] f0 = reflections.formFactors();
        int ops = tables.operatorCount;
        for (int r = from; r < to; r++) {
            int h = hkl[3 * r];
            int k = hkl[3 * r + 1];
            int l = hkl[3 * r + 2];
            int rowH = tables.rowH(h);
            int rowK = tables.rowK(k);
            int rowL = tables.rowL(l);
            double re = 0.0;
            double im = 0.0;
            for (int a = tables.firstAtom; a < tables.lastAtom; a++) {
                int local = a - tables.firstAtom;
                double weight = atoms.occupancy()[a] * f0[atoms.type()[a] * n + r];
                boolean anisotropic = tables.isAnisotropic(local);
                if (!anisotropic) {
                    weight *= Math.exp(-atoms.bIso()[a] * stol2[r]);
                }
                for (int o = 0; o < ops; o++) {
                    int copy = local * ops + o;
                    double w = anisotropic ? weight * tables.anisotropicFactor(copy, h, k, l) : weight;
                    double xr = tables.re[rowH + copy];
                    double xi = tables.im[rowH + copy];
                    double yr = tables.re[rowK + copy];
                    double yi = tables.im[rowK + copy];
                    double zr = tables.re[rowL + copy];
                    double zi = tables.im[rowL + copy];
                    double pr = xr * yr - xi * yi;
                    double pi = xr * yi + xi * yr;
                    re += w * (pr * zr - pi * zi);
                    im += w * (pr * zi + pi * zr);
                }
            }
            real[r] += re;
            imag[r] += im;
        }
    }

    private static double adjointOfAtom(ScatteringAtoms atoms, Reflections reflections, PhaseTables tables, int a,
                                        double[] realGrad, double[] imagGrad) {
        int n = reflections.count();
        int[] hkl = reflections.hkl();
        double[] stol2 = reflections.stol2();
        double[] f0 = reflections.formFactors();
        int ops = tables.operatorCount;
        int typeOffset = atoms.type()[a] * n;
        boolean anisotropic = tables.isAnisotropic(0);
        double sum = 0.0;
        for (int r = 0; r < n; r++) {
            int h = hkl[3 * r];
            int k = hkl[3 * r + 1];
            int l = hkl[3 * r + 2];
            int rowH = tables.rowH(h);
            int rowK = tables.rowK(k);
            int rowL = tables.rowL(l);
            double weight = f0[typeOffset + r];
            if (!anisotropic) {
                weight *= Math.exp(-atoms.bIso()[a] * stol2[r]);
            }
            double re = 0.0;
            double im = 0.0;
            for (int o = 0; o < ops; o++) {
                double w = anisotropic ? weight * tables.anisotropicFactor(o, h, k, l) : weight;
                double xr = tables.re[rowH + o];
                double xi = tables.im[rowH + o];
                double yr = tables.re[rowK + o];
                double yi = tables.im[rowK + o];
                double zr = tables.re[rowL + o];
                double zi = tables.im[rowL + o];
                double pr = xr * yr - xi * yi;
                double pi = xr * yi + xi * yr;
                re += w * (pr * zr - pi * zi);
                im += w * (pr * zi + pi * zr);
            }
            sum += realGrad[r] * re + imagGrad[r] * im;
        }
        return sum;
    }

    /** Atoms per chunk so that the chunk's phase tables stay within {@link #TABLE_BUDGET}. */
    private static int atomChunk(IndexRange range, int operatorCount, int atomCount) {
        long perAtom = 2L * range.rows() * operatorCount;
        long chunk = Math.max(1, TABLE_BUDGET / Math.max(1, perAtom));
        return (int) Math.min(atomCount, chunk);
    }

    private static void validate(ScatteringAtoms atoms, Reflections reflections, SymmetryOperators operators) {
        requireLength("fractional", atoms.fractional(), 3L * atoms.count());
        requireLength("occupancy", atoms.occupancy(), atoms.count());
        requireLength("bIso", atoms.bIso(), atoms.count());
        requireLength("type", atoms.type(), atoms.count());
        if (atoms.uStar() != null) {
            requireLength("uStar", atoms.uStar(), 6L * atoms.count());
        }
        requireLength("hkl", reflections.hkl(), 3L * reflections.count());
        requireLength("stol2", reflections.stol2(), reflections.count());
        requireLength("formFactors", reflections.formFactors(), (long) reflections.typeCount() * reflections.count());
        requireLength("rotations", operators.rotations(), 9L * operators.count());
        requireLength("translations", operators.translations(), 3L * operators.count());
        for (int a = 0; a < atoms.count(); a++) {
            int type = atoms.type()[a];
            if (type < 0 || type >= reflections.typeCount()) {
                throw new IllegalArgumentException("atom " + a + " has scattering type " + type + ", outside [0, "
                        + reflections.typeCount() + ")");
            }
        }
    }

    private static void requireLength(String name, int[] array, long required) {
        if (array == null || array.length < required) {
            throw new IllegalArgumentException(name + " needs " + required + " values, got "
                    + (array == null ? "null" : array.length));
        }
    }

    private static void requireLength(String name, double[] array, long required) {
        if (array == null || array.length < required) {
            throw new IllegalArgumentException(name + " needs " + required + " values, got "
                    + (array == null ? "null" : array.length));
        }
    }

    /** Smallest and largest h, k and l among the reflections. */
    private record IndexRange(int minH, int maxH, int minK, int maxK, int minL, int maxL) {

        static IndexRange of(Reflections reflections) {
            int[] hkl = reflections.hkl();
            int[] min = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
            int[] max = {Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
            for (int r = 0; r < reflections.count(); r++) {
                for (int i = 0; i < 3; i++) {
                    min[i] = Math.min(min[i], hkl[3 * r + i]);
                    max[i] = Math.max(max[i], hkl[3 * r + i]);
                }
            }
            return new IndexRange(min[0], max[0], min[1], max[1], min[2], max[2]);
        }

        int rows() {
            return (maxH - minH + 1) + (maxK - minK + 1) + (maxL - minL + 1);
        }
    }

    /**
     * exp(2 pi i m x'_n) for every symmetry copy of a chunk of atoms and every index m in range,
     * stored row by row: the row of index m along one axis has one complex value per copy
     * (copy = local atom * operators + operator), so a reflection reads three contiguous rows.
     * Anisotropic atoms also keep U* rotated into each copy, R U* R^T.
     */
    private static final class PhaseTables {
        final int firstAtom;
        final int lastAtom;
        final int operatorCount;
        final int copies;
        final IndexRange range;
        final double[] re;
        final double[] im;
        final boolean[] anisotropic;
        final double[] rotatedU;

        private PhaseTables(int firstAtom, int lastAtom, int operatorCount, IndexRange range) {
            this.firstAtom = firstAtom;
            this.lastAtom = lastAtom;
            this.operatorCount = operatorCount;
            this.copies = (lastAtom - firstAtom) * operatorCount;
            this.range = range;
            this.re = new double[range.rows() * copies];
            this.im = new double[range.rows() * copies];
            this.anisotropic = new boolean[lastAtom - firstAtom];
            this.rotatedU = new double[6 * copies];
        }

        static PhaseTables build(ScatteringAtoms atoms, SymmetryOperators operators, IndexRange range,
                                 int firstAtom, int lastAtom) {
            PhaseTables tables = new PhaseTables(firstAtom, lastAtom, operators.count(), range);
            int[] rot = operators.rotations();
            double[] t = operators.translations();
            double[] x = atoms.fractional();
            double[] u = atoms.uStar();
            for (int a = firstAtom; a < lastAtom; a++) {
                int local = a - firstAtom;
                tables.anisotropic[local] = u != null && !Double.isNaN(u[6 * a]);
                for (int o = 0; o < operators.count(); o++) {
                    int copy = local * operators.count() + o;
                    for (int axis = 0; axis < 3; axis++) {
                        int m = 9 * o + 3 * axis;
                        double coordinate = rot[m] * x[3 * a] + rot[m + 1] * x[3 * a + 1] + rot[m + 2] * x[3 * a + 2]
                                + t[3 * o + axis];
                        tables.fillAxis(axis, copy, coordinate);
                    }
                    if (tables.anisotropic[local]) {
                        rotateU(rot, 9 * o, u, 6 * a, tables.rotatedU, 6 * copy);
                    }
                }
            }
            return tables;
        }

        private void fillAxis(int axis, int copy, double coordinate) {
            int lengthH = range.maxH - range.minH + 1;
            int lengthK = range.maxK - range.minK + 1;
            int[] mins = {range.minH, range.minK, range.minL};
            int[] maxes = {range.maxH, range.maxK, range.maxL};
            int[] firstRows = {0, lengthH, lengthH + lengthK};
            int min = mins[axis];
            int max = maxes[axis];
            int firstRow = firstRows[axis];
            // Reduce to [0, 1) first, so the angle 2 pi m x stays small and accurate for large m.
            double reduced = coordinate - Math.floor(coordinate);
            for (int m = min; m <= max; m++) {
                double cycles = m * reduced;
                double angle = TWO_PI * (cycles - Math.rint(cycles));
                int index = (firstRow + m - min) * copies + copy;
                re[index] = Math.cos(angle);
                im[index] = Math.sin(angle);
            }
        }

        int rowH(int h) {
            return (h - range.minH) * copies;
        }

        int rowK(int k) {
            return (range.maxH - range.minH + 1 + k - range.minK) * copies;
        }

        int rowL(int l) {
            return (range.maxH - range.minH + 1 + range.maxK - range.minK + 1 + l - range.minL) * copies;
        }

        boolean isAnisotropic(int local) {
            return anisotropic[local];
        }

        /** exp(-2 pi^2 h^T (R U* R^T) h) for one copy. */
        double anisotropicFactor(int copy, int h, int k, int l) {
            int i = 6 * copy;
            double q = rotatedU[i] * h * h + rotatedU[i + 1] * k * k + rotatedU[i + 2] * l * l
                    + 2.0 * (rotatedU[i + 3] * h * k + rotatedU[i + 4] * h * l + rotatedU[i + 5] * k * l);
            return Math.exp(-TWO_PI_SQUARED * q);
        }

        /** Writes R U R^T, with U and the result as U11, U22, U33, U12, U13, U23. */
        private static void rotateU(int[] rot, int r0, double[] u, int u0, double[] out, int o0) {
            double[][] full = {
                {u[u0], u[u0 + 3], u[u0 + 4]},
                {u[u0 + 3], u[u0 + 1], u[u0 + 5]},
                {u[u0 + 4], u[u0 + 5], u[u0 + 2]}};
            double[][] result = new double[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    double sum = 0.0;
                    for (int p = 0; p < 3; p++) {
                        for (int q = 0; q < 3; q++) {
                            sum += rot[r0 + 3 * i + p] * full[p][q] * rot[r0 + 3 * j + q];
                        }
                    }
                    result[i][j] = sum;
                }
            }
            out[o0] = result[0][0];
            out[o0 + 1] = result[1][1];
            out[o0 + 2] = result[2][2];
            out[o0 + 3] = result[0][1];
            out[o0 + 4] = result[0][2];
            out[o0 + 5] = result[1][2];
        }
    }
}
