package org.occtensor.core.internal.cpu;

import org.occtensor.core.spi.Reflections;
import org.occtensor.core.spi.ScatteringAtoms;
import org.occtensor.core.spi.SymmetryOperators;

/**
 * Structure factors by direct summation over symmetry operators and atoms, and their adjoint with
 * respect to occupancy. Reference implementation: O(reflections x operators x atoms).
 */
public final class CpuStructureFactors {

    private static final double TWO_PI = 2.0 * Math.PI;
    private static final double TWO_PI_SQUARED = 2.0 * Math.PI * Math.PI;

    private CpuStructureFactors() {
    }

    /** Writes Re F and Im F for every reflection. */
    public static void compute(ScatteringAtoms atoms, Reflections reflections, SymmetryOperators operators,
                               double[] real, double[] imag) {
        Parallel.forRange(reflections.count(), 16, (from, to) -> {
            for (int r = from; r < to; r++) {
                double re = 0.0;
                double im = 0.0;
                for (int o = 0; o < operators.count(); o++) {
                    for (int a = 0; a < atoms.count(); a++) {
                        double weight = atoms.occupancy()[a] * scattering(atoms, reflections, operators, r, o, a);
                        double phase = phase(atoms, reflections, operators, r, o, a);
                        re += weight * Math.cos(phase);
                        im += weight * Math.sin(phase);
                    }
                }
                real[r] = re;
                imag[r] = im;
            }
        });
    }

    /** Writes dL/d occupancy per atom from dL/d Re F and dL/d Im F per reflection. */
    public static void occupancyAdjoint(ScatteringAtoms atoms, Reflections reflections, SymmetryOperators operators,
                                        double[] realGrad, double[] imagGrad, double[] occupancyGrad) {
        Parallel.forRange(atoms.count(), 16, (from, to) -> {
            for (int a = from; a < to; a++) {
                double sum = 0.0;
                for (int r = 0; r < reflections.count(); r++) {
                    for (int o = 0; o < operators.count(); o++) {
                        double weight = scattering(atoms, reflections, operators, r, o, a);
                        double phase = phase(atoms, reflections, operators, r, o, a);
                        sum += weight * (realGrad[r] * Math.cos(phase) + imagGrad[r] * Math.sin(phase));
                    }
                }
                occupancyGrad[a] = sum;
            }
        });
    }

    /** f0 times the temperature factor of atom a for reflection r under operator o. */
    private static double scattering(ScatteringAtoms atoms, Reflections reflections, SymmetryOperators operators,
                                     int r, int o, int a) {
        double f0 = reflections.formFactors()[atoms.type()[a] * reflections.count() + r];
        double[] u = atoms.uStar();
        if (u == null || Double.isNaN(u[6 * a])) {
            return f0 * Math.exp(-atoms.bIso()[a] * reflections.stol2()[r]);
        }
        double[] h = rotatedIndex(reflections, operators, r, o);
        int k = 6 * a;
        double quadratic = u[k] * h[0] * h[0] + u[k + 1] * h[1] * h[1] + u[k + 2] * h[2] * h[2]
                + 2.0 * (u[k + 3] * h[0] * h[1] + u[k + 4] * h[0] * h[2] + u[k + 5] * h[1] * h[2]);
        return f0 * Math.exp(-TWO_PI_SQUARED * quadratic);
    }

    /** 2 pi h.(R x + t) for atom a, reflection r, operator o. */
    private static double phase(ScatteringAtoms atoms, Reflections reflections, SymmetryOperators operators,
                                int r, int o, int a) {
        double[] h = rotatedIndex(reflections, operators, r, o);
        double[] x = atoms.fractional();
        double[] t = operators.translations();
        int[] hkl = reflections.hkl();
        double dot = h[0] * x[3 * a] + h[1] * x[3 * a + 1] + h[2] * x[3 * a + 2]
                + hkl[3 * r] * t[3 * o] + hkl[3 * r + 1] * t[3 * o + 1] + hkl[3 * r + 2] * t[3 * o + 2];
        return TWO_PI * dot;
    }

    /** h R as a row vector, so that h.(R x) = (h R).x. */
    private static double[] rotatedIndex(Reflections reflections, SymmetryOperators operators, int r, int o) {
        int[] hkl = reflections.hkl();
        int[] rot = operators.rotations();
        double[] h = new double[3];
        for (int j = 0; j < 3; j++) {
            h[j] = hkl[3 * r] * rot[9 * o + j] + hkl[3 * r + 1] * rot[9 * o + 3 + j] + hkl[3 * r + 2] * rot[9 * o + 6 + j];
        }
        return h;
    }
}
