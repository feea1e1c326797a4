package org.occtensor.xray.api;

/**
 * Complex structure factors for a list of reflections.
 *
 * @param hkl  Miller indices, 3 per reflection
 * @param real Re F per reflection
 * @param imag Im F per reflection
 */
public record StructureFactorArrays(int[] hkl, double[] real, double[] imag) {

    public int size() {
        return real.length;
    }

    public double amplitude(int r) {
        return Math.hypot(real[r], imag[r]);
    }

    /** Phase in degrees in (-180, 180]. */
    public double phaseDegrees(int r) {
        return Math.toDegrees(Math.atan2(imag[r], real[r]));
    }
}
