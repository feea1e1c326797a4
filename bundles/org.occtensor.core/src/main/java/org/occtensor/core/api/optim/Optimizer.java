package org.occtensor.core.api.optim;

/**
 * Minimises an {@link Objective} from a starting point. Implementations keep no state between
 * calls, so one instance may serve several threads at once.
 */
public interface Optimizer {

    /**
     * Minimises the objective.
     *
     * @param objective the function to minimise, called on the calling thread only
     * @param x0        starting point, all values finite (not modified)
     * @param stop      when to stop
     * @param listener  receives a report after each iteration
     * @return the final point, which is always finite, and the reason the run stopped
     * @throws IllegalArgumentException if {@code x0} contains NaN or an infinite value
     */
    OptimizationResult minimize(Objective objective, double[] x0, StopCriteria stop,
                                IterationListener listener);

    /** Minimises the objective without progress reports. */
    default OptimizationResult minimize(Objective objective, double[] x0, StopCriteria stop) {
        return minimize(objective, x0, stop, IterationListener.NONE);
    }
}
