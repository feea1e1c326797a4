package org.occtensor.core.api.optim;

/**
 * When an optimizer stops. The starting point is tested against the gradient tolerance only.
 * After each iteration the tests run in the order gradient norm, relative loss change,
 * iteration limit, and the first one met ends the run.
 *
 * <p>The relative change test is {@code |f_prev - f| <= relativeTolerance * max(|f_prev|, |f|, 1)}.
 * It is the {@code ftol} test of L-BFGS-B as SciPy documents it, with the absolute value added
 * because Adam may also increase the loss. The floor of 1 turns it into an absolute change test
 * for losses near zero. The gradient test uses the infinity norm, like SciPy's {@code gtol}.
 *
 * @param maxIterations     iteration limit, at least 0 (0 evaluates only the starting point)
 * @param gradientTolerance stop when the largest absolute gradient component (infinity norm) is
 *                          at or below this value (0 stops only on an exactly zero gradient)
 * @param relativeTolerance stop when the relative loss change of one iteration is at or below
 *                          this value (0 stops only on an unchanged loss)
 */
public record StopCriteria(int maxIterations, double gradientTolerance, double relativeTolerance) {

    /** Iteration limit of {@link #defaults()}: one refinement macro-cycle of moderate length. */
    public static final int DEFAULT_MAX_ITERATIONS = 25;

    /** Gradient infinity-norm tolerance of {@link #defaults()}, in loss units per parameter unit. */
    public static final double DEFAULT_GRADIENT_TOLERANCE = 1e-5;

    /**
     * Relative loss change tolerance of {@link #defaults()}. It is about 45 times the double
     * machine epsilon, so rounding noise in a large loss sum does not end the run early.
     */
    public static final double DEFAULT_RELATIVE_TOLERANCE = 1e-8;

    /** Validates the criteria. */
    public StopCriteria {
        if (maxIterations < 0) {
            throw new IllegalArgumentException(
                    "maxIterations must be at least 0, got " + maxIterations);
        }
        requireTolerance("gradientTolerance", gradientTolerance);
        requireTolerance("relativeTolerance", relativeTolerance);
    }

    /** Returns the default criteria: 25 iterations, gradient 1e-5, relative change 1e-8. */
    public static StopCriteria defaults() {
        return new StopCriteria(DEFAULT_MAX_ITERATIONS, DEFAULT_GRADIENT_TOLERANCE,
                DEFAULT_RELATIVE_TOLERANCE);
    }

    /** Returns a copy with another iteration limit. */
    public StopCriteria withMaxIterations(int iterations) {
        return new StopCriteria(iterations, gradientTolerance, relativeTolerance);
    }

    /** Returns a copy with another gradient infinity-norm tolerance. */
    public StopCriteria withGradientTolerance(double tolerance) {
        return new StopCriteria(maxIterations, tolerance, relativeTolerance);
    }

    /** Returns a copy with another relative loss change tolerance. */
    public StopCriteria withRelativeTolerance(double tolerance) {
        return new StopCriteria(maxIterations, gradientTolerance, tolerance);
    }

    private static void requireTolerance(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    name + " must be finite and at least 0, got " + value);
        }
    }
}
