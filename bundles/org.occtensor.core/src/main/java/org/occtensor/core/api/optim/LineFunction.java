package org.occtensor.core.api.optim;

/** The objective restricted to a ray, phi(step) = f(x + step * direction). */
@FunctionalInterface
interface LineFunction {

    /** Evaluates phi and its derivative at a step length greater than 0. */
    LinePoint evaluate(double step);
}
