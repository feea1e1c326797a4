package org.occtensor.core.internal.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.occtensor.core.spi.Reflections;
import org.occtensor.core.spi.ScatteringAtoms;
import org.occtensor.core.spi.SymmetryOperators;

/**
 * The table-based direct sum against the textbook formula evaluated term by term, and its occupancy
 * adjoint against central differences. Operators are those of P 63 (x-y,x,z+1/2 and its powers).
 */
class CpuStructureFactorsTest {

    private static final int[][] P63_ROTATIONS = {
        {1, 0, 0, 0, 1, 0, 0, 0, 1},
        {1, -1, 0, 1, 0, 0, 0, 0, 1},
        {0, -1, 0, 1, -1, 0, 0, 0, 1},
        {-1, 0, 0, 0, -1, 0, 0, 0, 1},
        {-1, 1, 0, -1, 0, 0, 0, 0, 1},
        {0, 1, 0, -1, 1, 0, 0, 0, 1}};
    private static final double[][] P63_TRANSLATIONS = {{0, 0, 0}, {0, 0, 0.5}, {0, 0, 0}, {0, 0, 0.5}, {0, 0, 0},
        {0, 0, 0.5}};

    @Test
    void matchesTermByTermSum() {
        Random random = new Random(20261204);
        ScatteringAtoms atoms = randomAtoms(random, 23, true);
        Reflections reflections = randomReflections(random, 301);
        SymmetryOperators operators = p63();
        double[] real = new double[reflections.count()];
        double[] imag = new double[reflections.count()];

        CpuStructureFactors.compute(atoms, reflections, operators, real, imag);

        for (int r = 0; r < reflections.count(); r++) {
            double[] expected = termByTerm(atoms, reflections, operators, r);
            double scale = Math.max(1.0, Math.hypot(expected[0], expected[1]));
            assertEquals(expected[0], real[r], 1e-11 * scale, "Re F of reflection " + r);
            assertEquals(expected[1], imag[r], 1e-11 * scale, "Im F of reflection " + r);
        }
    }

    @Test
    void occupancyAdjointMatchesCentralDifferences() {
        Random random = new Random(7);
        ScatteringAtoms atoms = randomAtoms(random, 9, true);
        Reflections reflections = randomReflections(random, 57);
        SymmetryOperators operators = p63();
        double[] realGrad = random.doubles(reflections.count(), -1, 1).toArray();
        double[] imagGrad = random.doubles(reflections.count(), -1, 1).toArray();
        double[] gradient = new double[atoms.count()];

        CpuStructureFactors.occupancyAdjoint(atoms, reflections, operators, realGrad, imagGrad, gradient);

        double step = 1e-6;
        for (int a = 0; a < atoms.count(); a++) {
            double plus = contract(withOccupancy(atoms, a, atoms.occupancy()[a] + step), reflections, operators,
                    realGrad, imagGrad);
            double minus = contract(withOccupancy(atoms, a, atoms.occupancy()[a] - step), reflections, operators,
                    realGrad, imagGrad);
            double numeric = (plus - minus) / (2 * step);
            assertEquals(numeric, gradient[a], 1e-6 * Math.max(1.0, Math.abs(numeric)), "atom " + a);
        }
    }

    @Test
    void resultsAreBitIdenticalAcrossCalls() {
        Random random = new Random(3);
        ScatteringAtoms atoms = randomAtoms(random, 700, false);
        Reflections reflections = randomReflections(random, 5000);
        double[] real1 = new double[reflections.count()];
        double[] imag1 = new double[reflections.count()];
        double[] real2 = new double[reflections.count()];
        double[] imag2 = new double[reflections.count()];

        CpuStructureFactors.compute(atoms, reflections, p63(), real1, imag1);
        CpuStructureFactors.compute(atoms, reflections, p63(), real2, imag2);

        assertArrayEquals(real1, real2);
        assertArrayEquals(imag1, imag2);
    }

    @Test
    void emptyInputGivesZeros() {
        Reflections reflections = randomReflections(new Random(1), 4);
        ScatteringAtoms none = new ScatteringAtoms(0, new double[0], new double[0], new double[0], null, new int[0]);
        double[] real = {1, 1, 1, 1};
        double[] imag = {1, 1, 1, 1};

        CpuStructureFactors.compute(none, reflections, p63(), real, imag);

        assertArrayEquals(new double[4], real);
        assertArrayEquals(new double[4], imag);
    }

    @Test
    void shortOutputIsRejected() {
        Random random = new Random(2);
        ScatteringAtoms atoms = randomAtoms(random, 3, false);
        Reflections reflections = randomReflections(random, 10);
        assertThrows(IllegalArgumentException.class,
                () -> CpuStructureFactors.compute(atoms, reflections, p63(), new double[9], new double[10]));
    }

    private static double contract(ScatteringAtoms atoms, Reflections reflections, SymmetryOperators operators,
                                   double[] realGrad, double[] imagGrad) {
        double sum = 0;
        for (int r = 0; r < reflections.count(); r++) {
            double[] f = termByTerm(atoms, reflections, operators, r);
            sum += realGrad[r] * f[0] + imagGrad[r] * f[1];
        }
        return sum;
    }

    /** F(h) = sum over operators and atoms of occ f0 T exp(2 pi i h.(R x + t)), one term at a time. */
    private static double[] termByTerm(ScatteringAtoms atoms, Reflections reflections, SymmetryOperators operators,
                                       int r) {
        int[] hkl = reflections.hkl();
        double re = 0;
        double im = 0;
        for (int o = 0; o < operators.count(); o++) {
            for (int a = 0; a < atoms.count(); a++) {
                double[] x = new double[3];
                for (int i = 0; i < 3; i++) {
                    x[i] = operators.translations()[3 * o + i];
                    for (int j = 0; j < 3; j++) {
                        x[i] += operators.rotations()[9 * o + 3 * i + j] * atoms.fractional()[3 * a + j];
                    }
                }
                double phase = 2 * Math.PI * (hkl[3 * r] * x[0] + hkl[3 * r + 1] * x[1] + hkl[3 * r + 2] * x[2]);
                double f0 = reflections.formFactors()[atoms.type()[a] * reflections.count() + r];
                double t;
                if (atoms.uStar() != null && !Double.isNaN(atoms.uStar()[6 * a])) {
                    double[] h = new double[3];
                    for (int j = 0; j < 3; j++) {
                        for (int i = 0; i < 3; i++) {
                            h[j] += hkl[3 * r + i] * operators.rotations()[9 * o + 3 * i + j];
                        }
                    }
                    double[] u = Arrays.copyOfRange(atoms.uStar(), 6 * a, 6 * a + 6);
                    double q = u[0] * h[0] * h[0] + u[1] * h[1] * h[1] + u[2] * h[2] * h[2]
                            + 2 * (u[3] * h[0] * h[1] + u[4] * h[0] * h[2] + u[5] * h[1] * h[2]);
                    t = Math.exp(-2 * Math.PI * Math.PI * q);
                } else {
                    t = Math.exp(-atoms.bIso()[a] * reflections.stol2()[r]);
                }
                double w = atoms.occupancy()[a] * f0 * t;
                re += w * Math.cos(phase);
                im += w * Math.sin(phase);
            }
        }
        return new double[] {re, im};
    }

    private static ScatteringAtoms withOccupancy(ScatteringAtoms atoms, int atom, double value) {
        double[] occupancy = atoms.occupancy().clone();
        occupancy[atom] = value;
        return new ScatteringAtoms(atoms.count(), atoms.fractional(), occupancy, atoms.bIso(), atoms.uStar(),
                atoms.type());
    }

    /** Random atoms of two types; with {@code anisotropic}, every third atom gets a positive-definite U*. */
    private static ScatteringAtoms randomAtoms(Random random, int n, boolean anisotropic) {
        double[] xyz = random.doubles(3L * n, -0.2, 1.2).toArray();
        double[] occupancy = random.doubles(n, 0.2, 1.0).toArray();
        double[] b = random.doubles(n, 5, 60).toArray();
        int[] type = random.ints(n, 0, 2).toArray();
        double[] u = null;
        if (anisotropic) {
            u = new double[6 * n];
            Arrays.fill(u, Double.NaN);
            for (int a = 0; a < n; a += 3) {
                double d = random.nextDouble(1e-4, 4e-4);
                u[6 * a] = d;
                u[6 * a + 1] = d * 1.3;
                u[6 * a + 2] = d * 0.4;
                u[6 * a + 3] = d * 0.2;
                u[6 * a + 4] = -d * 0.1;
                u[6 * a + 5] = d * 0.05;
            }
        }
        return new ScatteringAtoms(n, xyz, occupancy, b, u, type);
    }

    /** Random indices in a small box with smooth made-up form factors for two types. */
    private static Reflections randomReflections(Random random, int n) {
        int[] hkl = new int[3 * n];
        double[] stol2 = new double[n];
        double[] f0 = new double[2 * n];
        for (int r = 0; r < n; r++) {
            hkl[3 * r] = random.nextInt(-12, 13);
            hkl[3 * r + 1] = random.nextInt(-12, 13);
            hkl[3 * r + 2] = random.nextInt(-20, 21);
            stol2[r] = 0.25 * (hkl[3 * r] * hkl[3 * r] + hkl[3 * r + 1] * hkl[3 * r + 1]) / 900.0
                    + 0.25 * hkl[3 * r + 2] * hkl[3 * r + 2] / 3600.0;
            f0[r] = 6 * Math.exp(-10 * stol2[r]) + 0.2;
            f0[n + r] = 8 * Math.exp(-12 * stol2[r]) + 0.3;
        }
        return new Reflections(n, hkl, stol2, 2, f0);
    }

    private static SymmetryOperators p63() {
        int[] rotations = new int[54];
        double[] translations = new double[18];
        for (int o = 0; o < 6; o++) {
            System.arraycopy(P63_ROTATIONS[o], 0, rotations, 9 * o, 9);
            System.arraycopy(P63_TRANSLATIONS[o], 0, translations, 3 * o, 3);
        }
        return new SymmetryOperators(6, rotations, translations);
    }
}
