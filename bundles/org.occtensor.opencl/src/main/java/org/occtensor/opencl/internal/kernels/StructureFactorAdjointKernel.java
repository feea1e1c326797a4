package org.occtensor.opencl.internal.kernels;

import com.aparapi.Kernel;

/**
 * Adjoint of the structure-factor sum with respect to occupancy, one work item per atom:
 * {@code occupancyGrad[a] = sum_r sum_ops f0 T (dL/dRe F cos(phase) + dL/dIm F sin(phase))}. The
 * fields and the terms below repeat those of {@link StructureFactorKernel} because a kernel must
 * extend {@link Kernel} directly to build inside OSGi (see {@link StructureFactorInputs}).
 */
public final class StructureFactorAdjointKernel extends Kernel implements StructureFactorInputs {

    private static final double TWO_PI = 2.0 * Math.PI;
    private static final double TWO_PI_SQUARED = 2.0 * Math.PI * Math.PI;

    private int[] hkl;
    private double[] stol2;
    private double[] formFactors;
    private int reflectionCount;

    private double[] fractional;
    private double[] occupancy;
    private double[] bIso;
    private double[] uStar;
    private int[] anisotropic;
    private int[] type;
    private int atomCount;

    private int[] rotations;
    private double[] translations;
    private int operatorCount;

    private double[] realGrad;
    private double[] imagGrad;
    private double[] occupancyGrad;

    @Override
    public void bindReflections(int[] hkl, double[] stol2, double[] formFactors, int reflectionCount) {
        this.hkl = hkl;
        this.stol2 = stol2;
        this.formFactors = formFactors;
        this.reflectionCount = reflectionCount;
    }

    @Override
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

    @Override
    public void bindOperators(int[] rotations, double[] translations, int operatorCount) {
        this.rotations = rotations;
        this.translations = translations;
        this.operatorCount = operatorCount;
    }

    /** Binds the reflection gradients (read) and the per-atom output (written at [0 .. atomCount)). */
    public void bindGradients(double[] realGrad, double[] imagGrad, double[] occupancyGrad) {
        this.realGrad = realGrad;
        this.imagGrad = imagGrad;
        this.occupancyGrad = occupancyGrad;
    }

    @Override
    public void run() {
        int a = getGlobalId();
        if (a < atomCount) {
            double sum = 0.0;
            for (int r = 0; r < reflectionCount; r++) {
                for (int o = 0; o < operatorCount; o++) {
                    double h0 = rotatedIndex(r, o, 0);
                    double h1 = rotatedIndex(r, o, 1);
                    double h2 = rotatedIndex(r, o, 2);
                    double weight = scattering(r, a, h0, h1, h2);
                    double angle = phase(r, o, a, h0, h1, h2);
                    sum += weight * (realGrad[r] * cos(angle) + imagGrad[r] * sin(angle));
                }
            }
            occupancyGrad[a] = sum;
        }
    }

    /** Component j of the row vector h R for reflection r and operator o. */
    private double rotatedIndex(int r, int o, int j) {
        return hkl[3 * r] * rotations[9 * o + j] + hkl[3 * r + 1] * rotations[9 * o + 3 + j]
                + hkl[3 * r + 2] * rotations[9 * o + 6 + j];
    }

    /** f0 times the temperature factor of atom a for reflection r, given h R = (h0, h1, h2). */
    private double scattering(int r, int a, double h0, double h1, double h2) {
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
    private double phase(int r, int o, int a, double h0, double h1, double h2) {
        double dot = h0 * fractional[3 * a] + h1 * fractional[3 * a + 1] + h2 * fractional[3 * a + 2]
                + hkl[3 * r] * translations[3 * o] + hkl[3 * r + 1] * translations[3 * o + 1]
                + hkl[3 * r + 2] * translations[3 * o + 2];
        return TWO_PI * dot;
    }
}
