package org.occtensor.core.api.optim;

/** A differentiable scalar function to minimise. */
@FunctionalInterface
public interface Objective {

    /**
     * Evaluates the function and its gradient at one point.
     *
     * @param x        the point (not modified)
     * @param gradient receives df/dx, same length as {@code x} (overwritten)
     * @return the function value
     */
    double evaluate(double[] x, double[] gradient);
}
