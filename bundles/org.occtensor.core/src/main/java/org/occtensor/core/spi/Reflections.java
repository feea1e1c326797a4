package org.occtensor.core.spi;

/**
 * Reflections prepared for structure-factor sums.
 *
 * @param count       number of reflections
 * @param hkl         Miller indices, 3 per reflection, row-major
 * @param stol2       (sin theta / lambda)^2 = s^2 / 4 per reflection, in inverse square angstrom
 * @param typeCount   number of scattering types
 * @param formFactors f0 per type and reflection, type-major: {@code formFactors[type * count + r]}
 */
public record Reflections(int count, int[] hkl, double[] stol2, int typeCount, double[] formFactors) {
}
