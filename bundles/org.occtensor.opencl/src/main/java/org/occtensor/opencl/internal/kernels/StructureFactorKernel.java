package org.occtensor.opencl.internal.kernels;

/** Structure factors by direct summation, one work item per reflection. Writes real and imag[0 .. reflectionCount). */
public final class StructureFactorKernel extends StructureFactorTermsKernel {

    private double[] real;
    private double[] imag;

    /** Binds the output arrays. */
    public void bindOutput(double[] real, double[] imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public void run() {
        int r = getGlobalId();
        if (r < reflectionCount) {
            double re = 0.0;
            double im = 0.0;
            for (int o = 0; o < operatorCount; o++) {
                double h0 = rotatedIndex(r, o, 0);
                double h1 = rotatedIndex(r, o, 1);
                double h2 = rotatedIndex(r, o, 2);
                for (int a = 0; a < atomCount; a++) {
                    double weight = occupancy[a] * scattering(r, a, h0, h1, h2);
                    double angle = phase(r, o, a, h0, h1, h2);
                    re += weight * cos(angle);
                    im += weight * sin(angle);
                }
            }
            real[r] = re;
            imag[r] = im;
        }
    }
}
