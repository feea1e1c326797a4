package org.occtensor.core.spi;

/**
 * Space-group operators acting on fractional coordinates: {@code x' = R x + t}.
 *
 * @param count        number of operators
 * @param rotations    R, 9 integers per operator, row-major
 * @param translations t, 3 per operator, in fractions of the cell
 */
public record SymmetryOperators(int count, int[] rotations, double[] translations) {
}
