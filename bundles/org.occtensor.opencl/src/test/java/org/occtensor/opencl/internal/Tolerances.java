package org.occtensor.opencl.internal;

/**
 * How far OpenCL results may lie from the CPU reference, and why. OpenCL C (1.2 and later, section
 * 7.4) allows exp, sin and cos up to 3 or 4 ulp of error where Java's Math stays within 1 ulp.
 * An OpenCL compiler may also contract a * b + c into one fused multiply-add where Java rounds twice.
 */
final class Tolerances {

    /**
     * Relative error of float element-wise ops (sigmoid). The CPU reference evaluates in double and
     * rounds once. The device evaluates in float: exp within 3 ulp plus a division and an addition
     * give about 6 ulp, below 1e-6 (8.4 ulp at 2^-23 per ulp).
     */
    static final double FLOAT_ELEMENTWISE_RELATIVE = 1e-6;

    /**
     * Relative error of float sums of modest length, measured against the sum of absolute values so
     * that cancellation does not inflate it. The device adds in float with compensation; the CPU adds
     * in double and rounds once.
     */
    static final double FLOAT_SUM_RELATIVE = 1e-6;

    /**
     * Relative error of the float conformer softmax. Each occupancy passes through up to four float
     * exps of 3 ulp, a sum of up to five terms and a division, against one rounding on the CPU:
     * about 20 ulp in the worst case, 2.4e-6.
     */
    static final double FLOAT_SOFTMAX_RELATIVE = 3e-6;

    /** Relative error of double element-wise ops: exp within 3 ulp on the device against 1 ulp in Java. */
    static final double DOUBLE_ELEMENTWISE_RELATIVE = 1e-14;

    /**
     * Relative error of double sums (matrix rows, softmax denominators) against the sum of absolute
     * terms: fused multiply-adds and exp differ by a few ulp per term.
     */
    static final double DOUBLE_SUM_RELATIVE = 1e-12;

    /**
     * Relative error of structure factors against the sum of absolute terms. Phases reach 2 pi times
     * a few hundred, where an ulp of the argument is about 1e-13 rad, and sin and cos add 4 ulp.
     */
    static final double STRUCTURE_FACTOR_RELATIVE = 1e-11;

    /** Relative agreement of an adjoint with central differences in double (step 1e-6 relative). */
    static final double CENTRAL_DIFFERENCE_RELATIVE = 1e-6;

    private Tolerances() {
    }
}
