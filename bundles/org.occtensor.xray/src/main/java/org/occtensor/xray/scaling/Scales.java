package org.occtensor.xray.scaling;

import java.util.Arrays;

/**
 * Fitted bulk-solvent and scale factors, F_model(h) = kTotal(h) (F_calc(h) + kMask(h) F_mask(h)) with
 * kTotal = kIsotropic(h) kAnisotropic(h), one entry per reflection.
 *
 * @param kMask          bulk-solvent scale per reflection
 * @param kIsotropic     isotropic scale per reflection (per-bin factor times overall exponential)
 * @param kAnisotropic   anisotropic scale per reflection
 * @param bins           resolution bins the factors were fitted in
 * @param kMaskPerBin    bulk-solvent scale per bin before interpolation
 * @param uStar          anisotropic U* (U11, U22, U33, U12, U13, U23)
 * @param kSol           k_sol of a flat-model summary fit kMask(s) = k_sol exp(-B_sol s^2 / 4)
 * @param bSol           B_sol of that summary fit in square angstrom
 * @param rFit           R factor on the reflections used in fitting
 */
public record Scales(double[] kMask, double[] kIsotropic, double[] kAnisotropic, ResolutionBins bins,
                     double[] kMaskPerBin, double[] uStar, double kSol, double bSol, double rFit) {

    /** kIsotropic(r) kAnisotropic(r), the factor applied to F_calc + kMask F_mask. */
    public double kTotal(int r) {
        return kIsotropic[r] * kAnisotropic[r];
    }

    /** Unit scales and no solvent, for F_model = F_calc. */
    public static Scales identity(int size, ResolutionBins bins) {
        double[] ones = new double[size];
        Arrays.fill(ones, 1.0);
        return new Scales(new double[size], ones, ones.clone(), bins, new double[bins.count()], new double[6], 0.0,
                0.0, Double.NaN);
    }
}
