package org.occtensor.core.api.optim;

/**
 * The state after one completed optimizer iteration.
 *
 * @param iteration    iteration number, starting at 1
 * @param loss         objective value at the new point
 * @param gradientNorm largest absolute gradient component (infinity norm) at the new point
 * @param stepLength   Euclidean length of the step just taken, in parameter units
 * @param evaluations  objective evaluations so far, including the one at the starting point
 */
public record IterationReport(int iteration, double loss, double gradientNorm, double stepLength,
                              int evaluations) {
}
