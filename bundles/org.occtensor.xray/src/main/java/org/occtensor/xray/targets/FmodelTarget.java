package org.occtensor.xray.targets;

import org.occtensor.xray.scaling.Scales;

/**
 * An amplitude target as a function of F_calc with bulk solvent and scales held fixed:
 * F_model = kTotal (F_calc + kMask F_mask), so dT/dF_calc = kTotal (dT/d|F_model|) G / |G| with
 * G = F_calc + kMask F_mask.
 */
public final class FmodelTarget {

    private final Scales scales;
    private final double[] fmaskReal;
    private final double[] fmaskImag;
    private final AmplitudeTarget target;

    public FmodelTarget(Scales scales, double[] fmaskReal, double[] fmaskImag, AmplitudeTarget target) {
        this.scales = scales;
        this.fmaskReal = fmaskReal;
        this.fmaskImag = fmaskImag;
        this.target = target;
    }

    public String name() {
        return target.name();
    }

    /**
     * Evaluates the target for F_calc; writes dT/dRe F_calc and dT/dIm F_calc.
     *
     * @return the target value
     */
    public double evaluate(double[] fcalcReal, double[] fcalcImag, double[] gradReal, double[] gradImag) {
        int n = fmaskReal.length;
        double[] kMask = scales.kMask();
        double[] amplitude = new double[n];
        double[] gRe = new double[n];
        double[] gIm = new double[n];
        for (int r = 0; r < n; r++) {
            gRe[r] = fcalcReal[r] + kMask[r] * fmaskReal[r];
            gIm[r] = fcalcImag[r] + kMask[r] * fmaskImag[r];
            amplitude[r] = scales.kTotal(r) * Math.sqrt(gRe[r] * gRe[r] + gIm[r] * gIm[r]);
        }
        double[] dAmplitude = new double[n];
        double value = target.evaluate(amplitude, dAmplitude);
        for (int r = 0; r < n; r++) {
            double modulus = Math.sqrt(gRe[r] * gRe[r] + gIm[r] * gIm[r]);
            if (modulus > 0 && dAmplitude[r] != 0.0) {
                double factor = dAmplitude[r] * scales.kTotal(r) / modulus;
                gradReal[r] = factor * gRe[r];
                gradImag[r] = factor * gIm[r];
            } else {
                gradReal[r] = 0.0;
                gradImag[r] = 0.0;
            }
        }
        return value;
    }
}
