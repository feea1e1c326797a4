package org.occtensor.opencl.internal.kernels;

/**
 * Adjoint of the structure-factor sum with respect to occupancy, one work item per atom:
 * {@code occupancyGrad[a] = sum_r sum_ops f0 T (dL/dRe F cos(phase) + dL/dIm F sin(phase))}.
 */
public final class StructureFactorAdjointKernel extends StructureFactorTermsKernel {

    private double[] realGrad;
    private double[] imagGrad;
    private double[] occupancyGrad;

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
}
