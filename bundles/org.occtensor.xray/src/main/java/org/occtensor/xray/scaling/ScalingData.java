package org.occtensor.xray.scaling;

/**
 * Input of the scaler: observed amplitudes, the reflections to fit on, and the two model
 * contributions, all one entry per reflection.
 *
 * @param hkl             Miller indices, 3 per reflection
 * @param inverseDSquared 1/d^2 in inverse square angstrom
 * @param fobs            observed amplitudes
 * @param fit             reflections used in fitting (work set with a positive amplitude)
 * @param fcalcReal       Re F_calc
 * @param fcalcImag       Im F_calc
 * @param fmaskReal       Re F_mask
 * @param fmaskImag       Im F_mask
 */
public record ScalingData(int[] hkl, double[] inverseDSquared, double[] fobs, boolean[] fit, double[] fcalcReal,
                          double[] fcalcImag, double[] fmaskReal, double[] fmaskImag) {

    public int size() {
        return fobs.length;
    }

    /** (sin theta / lambda)^2 = 1/(4 d^2) of reflection r. */
    public double stol2(int r) {
        return 0.25 * inverseDSquared[r];
    }

    /** |F_calc + kMask F_mask| of reflection r. */
    public double modelAmplitude(int r, double kMask) {
        double re = fcalcReal[r] + kMask * fmaskReal[r];
        double im = fcalcImag[r] + kMask * fmaskImag[r];
        return Math.sqrt(re * re + im * im);
    }
}
