package org.occtensor.xray.api;

/** Method that computes F_calc of the whole model for scaling and R factors. */
public enum FcalcMethod {
    /** Direct summation through the compute backend: exact, cost atoms x reflections x operators. */
    DIRECT,
    /** Density on a grid and one FFT: |F| within about 5e-5 (R) of direct summation on the shared datasets. */
    FFT,
    /** FFT when atoms x reflections x operators exceeds {@link XrayOptions#AUTO_FFT_THRESHOLD}, else direct. */
    AUTO
}
