package org.occtensor.core.api;

/** Floating-point width of tensor values and gradients. */
public enum Precision {
    /** 32-bit floats, the default for refinement. */
    FLOAT32,
    /** 64-bit doubles, for gradient checks by central differences. */
    FLOAT64
}
