package org.occtensor.xray.api;

/**
 * Settings of an {@link XrayModel}. The defaults follow cctbx's mmtbx defaults for the mask.
 *
 * @param fcalcMethod          how F_calc of the whole model is computed
 * @param bulkSolvent          false to leave out the solvent model (F_model = scales x F_calc)
 * @param probeRadius          solvent probe radius in angstrom
 * @param shrinkRadius         mask shrink-truncation radius in angstrom
 * @param maskGridStep         maximum mask grid spacing in angstrom
 * @param maskHighResolution   F_mask is 0 for reflections with d below this, in angstrom
 * @param partialsHeapFraction share of the free heap that per-group partial structure factors may use
 */
public record XrayOptions(FcalcMethod fcalcMethod, boolean bulkSolvent, double probeRadius, double shrinkRadius,
                          double maskGridStep, double maskHighResolution, double partialsHeapFraction) {

    /** atoms x reflections x operators above which {@link FcalcMethod#AUTO} uses the FFT. */
    public static final double AUTO_FFT_THRESHOLD = 1e8;

    public XrayOptions {
        if (fcalcMethod == null) {
            throw new IllegalArgumentException("fcalcMethod must not be null");
        }
        if (!(probeRadius >= 0) || !(shrinkRadius >= 0) || !(maskGridStep > 0) || !(maskHighResolution > 0)) {
            throw new IllegalArgumentException("invalid mask settings: probe " + probeRadius + ", shrink " + shrinkRadius
                    + ", grid step " + maskGridStep + ", high resolution " + maskHighResolution);
        }
        if (!(partialsHeapFraction >= 0 && partialsHeapFraction <= 1)) {
            throw new IllegalArgumentException("partialsHeapFraction must be in [0, 1], got " + partialsHeapFraction);
        }
    }

    /** AUTO F_calc, bulk solvent on, probe 1.1 A, shrink 0.9 A, grid 0.6 A, F_mask to 3 A, half the free heap. */
    public static XrayOptions defaults() {
        return new XrayOptions(FcalcMethod.AUTO, true, 1.1, 0.9, 0.6, 3.0, 0.5);
    }

    public XrayOptions withFcalcMethod(FcalcMethod method) {
        return new XrayOptions(method, bulkSolvent, probeRadius, shrinkRadius, maskGridStep, maskHighResolution,
                partialsHeapFraction);
    }

    public XrayOptions withBulkSolvent(boolean enabled) {
        return new XrayOptions(fcalcMethod, enabled, probeRadius, shrinkRadius, maskGridStep, maskHighResolution,
                partialsHeapFraction);
    }

    public XrayOptions withPartialsHeapFraction(double fraction) {
        return new XrayOptions(fcalcMethod, bulkSolvent, probeRadius, shrinkRadius, maskGridStep, maskHighResolution,
                fraction);
    }
}
