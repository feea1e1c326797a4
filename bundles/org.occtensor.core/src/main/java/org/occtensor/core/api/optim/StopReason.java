package org.occtensor.core.api.optim;

/** Reason an optimizer run stopped. */
public enum StopReason {
    /** The gradient infinity norm reached {@link StopCriteria#gradientTolerance()}. */
    GRADIENT_NORM(true),
    /** The loss changed by less than {@link StopCriteria#relativeTolerance()}. */
    RELATIVE_CHANGE(true),
    /** The run used {@link StopCriteria#maxIterations()} iterations. */
    MAX_ITERATIONS(false),
    /** No step along the search direction satisfied the strong Wolfe conditions. */
    LINE_SEARCH_FAILED(false),
    /** The objective returned NaN or an infinite loss or gradient at a point the run needed. */
    NON_FINITE_VALUE(false);

    private final boolean convergence;

    StopReason(boolean convergence) {
        this.convergence = convergence;
    }

    /** Returns whether this reason means the run met a convergence test. */
    public boolean isConvergence() {
        return convergence;
    }
}
