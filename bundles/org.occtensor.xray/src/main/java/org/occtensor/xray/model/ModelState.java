package org.occtensor.xray.model;

import java.util.Locale;

import org.occtensor.xray.scaling.Scales;
import org.occtensor.xray.targets.AlphaBeta;
import org.occtensor.xray.targets.AmplitudeTarget;
import org.occtensor.xray.targets.FmodelTarget;
import org.occtensor.xray.targets.LeastSquaresTarget;
import org.occtensor.xray.targets.MaximumLikelihoodTarget;
import org.occtensor.xray.targets.TargetData;

/**
 * One fit of solvent and scales: F_calc at the occupancies it was made for, F_mask, the scales, and
 * the likelihood parameters. Immutable; targets read the current state at each evaluation.
 */
public record ModelState(double[] occupancies, double[] fcalcReal, double[] fcalcImag, double[] fmaskReal,
                         double[] fmaskImag, Scales scales, AlphaBeta alphaBeta) {

    /** Names of the amplitude targets. */
    public static final String LEAST_SQUARES = "ls";
    public static final String MAXIMUM_LIKELIHOOD = "ml";

    /**
     * Computes F_model = kTotal (F_calc + kMask F_mask) per reflection, on the scale of F_obs.
     *
     * @return the real parts in [0] and the imaginary parts in [1]
     */
    public double[][] fmodel() {
        int n = fcalcReal.length;
        double[] real = new double[n];
        double[] imag = new double[n];
        for (int r = 0; r < n; r++) {
            double k = scales.kTotal(r);
            double mask = scales.kMask()[r];
            real[r] = k * (fcalcReal[r] + mask * fmaskReal[r]);
            imag[r] = k * (fcalcImag[r] + mask * fmaskImag[r]);
        }
        return new double[][] {real, imag};
    }

    /**
     * Returns |F_model| per reflection: the amplitudes that R factors and the likelihood parameters use.
     * They are computed from {@link #fmodel()} the way StructureFactorArrays.amplitude does, so both give
     * the same numbers.
     */
    public double[] fmodelAmplitudes() {
        double[][] f = fmodel();
        double[] amplitude = new double[f[0].length];
        for (int r = 0; r < amplitude.length; r++) {
            amplitude[r] = Math.hypot(f[0][r], f[1][r]);
        }
        return amplitude;
    }

    /**
     * Returns the target of the given kind over this state's scales.
     *
     * @throws IllegalArgumentException for an unknown kind
     */
    public FmodelTarget target(String kind, TargetData data) {
        return new FmodelTarget(scales, fmaskReal, fmaskImag, amplitudeTarget(kind, data));
    }

    private AmplitudeTarget amplitudeTarget(String kind, TargetData data) {
        String key = normalise(kind);
        if (key.equals(LEAST_SQUARES)) {
            return new LeastSquaresTarget(data);
        }
        return new MaximumLikelihoodTarget(data, alphaBeta.alpha(), alphaBeta.beta());
    }

    /**
     * Returns "ls" or "ml" for a target name in any case.
     *
     * @throws IllegalArgumentException naming the kind when it is neither
     */
    public static String normalise(String kind) {
        String key = kind == null ? "" : kind.trim().toLowerCase(Locale.ROOT);
        if (!key.equals(LEAST_SQUARES) && !key.equals(MAXIMUM_LIKELIHOOD)) {
            throw new IllegalArgumentException("unknown X-ray target '" + kind + "'; expected 'ml' or 'ls'");
        }
        return key;
    }
}
