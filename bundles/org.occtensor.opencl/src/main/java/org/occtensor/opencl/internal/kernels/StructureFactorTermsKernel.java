package org.occtensor.opencl.internal.kernels;

import com.aparapi.Kernel;

/**
 * Shared data and terms of the direct structure-factor sum
 * {@code F(h) = sum_ops sum_atoms occ * f0(type, h) * T(h) * exp(2 pi i h.(R x + t))}, with
 * {@code T = exp(-B (sin theta / lambda)^2)} for isotropic atoms and
 * {@code T = exp(-2 pi^2 h'^T U* h')} with {@code h' = h R} for anisotropic ones. The terms are
 * evaluated in the same order as the CPU reference.
 */
public abstract class StructureFactorTermsKernel extends Kernel {

    private static final double TWO_PI = 2.0 * Math.PI;
    private static final double TWO_PI_SQUARED = 2.0 * Math.PI * Math.PI;

    /** Miller indices, 3 per reflection. */
    protected int[] hkl;
    /** (sin theta / lambda)^2 per reflection, in inverse square angstrom. */
    protected double[] stol2;
    /** f0 per scattering type and reflection, type-major. */
    protected double[] formFactors;
    protected int reflectionCount;

    /** Fractional coordinates, 3 per atom. */
    protected double[] fractional;
    protected double[] occupancy;
    /** Isotropic B per atom in square angstrom. */
    protected double[] bIso;
    /** U* as U11, U22, U33, U12, U13, U23 per atom; a 1-element placeholder when no atom is anisotropic. */
    protected double[] uStar;
    /** 1 where the atom uses uStar, 0 where it uses bIso. */
    protected int[] anisotropic;
    protected int[] type;
    protected int atomCount;

    /** R, 9 integers per operator, row-major. */
    protected int[] rotations;
    /** t, 3 per operator, in fractions of the cell. */
    protected double[] translations;
    protected int operatorCount;

    /** Binds the reflection arrays. */
    public void bindReflections(int[] hkl, double[] stol2, double[] formFactors, int reflectionCount) {
        this.hkl = hkl;
        this.stol2 = stol2;
        this.formFactors = formFactors;
        this.reflectionCount = reflectionCount;
    }

    /** Binds the atom arrays; {@code uStar} must not be null (pass a placeholder). */
    public void bindAtoms(double[] fractional, double[] occupancy, double[] bIso, double[] uStar, int[] anisotropic,
                          int[] type, int atomCount) {
        this.fractional = fractional;
        this.occupancy = occupancy;
        this.bIso = bIso;
        this.uStar = uStar;
        this.anisotropic = anisotropic;
        this.type = type;
        this.atomCount = atomCount;
    }

    /** Binds the symmetry operators. */
    public void bindOperators(int[] rotations, double[] translations, int operatorCount) {
        this.rotations = rotations;
        this.translations = translations;
        this.operatorCount = operatorCount;
    }

    /** Component j of the row vector h R for reflection r and operator o. */
    protected double rotatedIndex(int r, int o, int j) {
        return hkl[3 * r] * rotations[9 * o + j] + hkl[3 * r + 1] * rotations[9 * o + 3 + j]
                + hkl[3 * r + 2] * rotations[9 * o + 6 + j];
    }

    /** f0 times the temperature factor of atom a for reflection r, given h R = (h0, h1, h2). */
    protected double scattering(int r, int a, double h0, double h1, double h2) {
        double f0 = formFactors[type[a] * reflectionCount + r];
        double exponent = -bIso[a] * stol2[r];
        if (anisotropic[a] != 0) {
            int k = 6 * a;
            double quadratic = uStar[k] * h0 * h0 + uStar[k + 1] * h1 * h1 + uStar[k + 2] * h2 * h2
                    + 2.0 * (uStar[k + 3] * h0 * h1 + uStar[k + 4] * h0 * h2 + uStar[k + 5] * h1 * h2);
            exponent = -TWO_PI_SQUARED * quadratic;
        }
        return f0 * exp(exponent);
    }

    /** 2 pi h.(R x + t) for atom a, reflection r and operator o, given h R = (h0, h1, h2). */
    protected double phase(int r, int o, int a, double h0, double h1, double h2) {
        double dot = h0 * fractional[3 * a] + h1 * fractional[3 * a + 1] + h2 * fractional[3 * a + 2]
                + hkl[3 * r] * translations[3 * o] + hkl[3 * r + 1] * translations[3 * o + 1]
                + hkl[3 * r + 2] * translations[3 * o + 2];
        return TWO_PI * dot;
    }
}
