package org.occtensor.core.api.optim;

import java.util.Objects;

/**
 * Limited-memory BFGS: quasi-Newton directions from the last few curvature pairs by the
 * two-loop recursion, with a line search that enforces the strong Wolfe conditions
 * (c1 = 1e-4, c2 = 0.9, at most 20 evaluations per search).
 *
 * <p>Sources: Liu and Nocedal, "On the limited memory BFGS method for large scale
 * optimization", Math. Program. 45, 503-528 (1989); Nocedal and Wright, <i>Numerical
 * Optimization</i>, 2nd ed., Springer 2006, Algorithms 3.5, 3.6 and 7.4.
 *
 * <p>Behaviour at the edges:
 * <ul>
 *   <li>The first trial step without curvature information has unit Euclidean length.</li>
 *   <li>Curvature pairs with s.y not clearly positive are skipped.</li>
 *   <li>A failed line search clears the history and is retried once along the steepest descent
 *       direction. A second failure ends the run with {@link StopReason#LINE_SEARCH_FAILED}
 *       at the last accepted point.</li>
 *   <li>A trial point where the objective is not finite shortens the step. A non-finite value
 *       at the starting point ends the run with {@link StopReason#NON_FINITE_VALUE}.</li>
 *   <li>An empty parameter vector is evaluated once and returned, as its gradient norm is 0.</li>
 * </ul>
 */
public final class LbfgsOptimizer implements Optimizer {

    /** Number of curvature pairs kept by {@link #LbfgsOptimizer()}. */
    public static final int DEFAULT_HISTORY_SIZE = 7;

    private final int historySize;

    /** Creates an optimizer that keeps {@value #DEFAULT_HISTORY_SIZE} curvature pairs. */
    public LbfgsOptimizer() {
        this(DEFAULT_HISTORY_SIZE);
    }

    /**
     * Creates an optimizer that keeps the given number of curvature pairs. Each pair costs two
     * vectors of the parameter length.
     *
     * @throws IllegalArgumentException if {@code historySize} is less than 1
     */
    public LbfgsOptimizer(int historySize) {
        if (historySize < 1) {
            throw new IllegalArgumentException(
                    "L-BFGS history size must be at least 1, got " + historySize);
        }
        this.historySize = historySize;
    }

    /** Returns the number of curvature pairs kept. */
    public int historySize() {
        return historySize;
    }

    @Override
    public OptimizationResult minimize(Objective objective, double[] x0, StopCriteria stop,
                                       IterationListener listener) {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(listener, "listener");
        Vectors.requireFinite(x0);

        return new LbfgsRun(objective, x0, stop, listener, historySize,
                new StrongWolfeLineSearch()).run();
    }
}
