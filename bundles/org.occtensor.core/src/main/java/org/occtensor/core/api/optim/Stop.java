package org.occtensor.core.api.optim;

/**
 * A decision to stop a run, with its message.
 *
 * @param reason  why the run stops
 * @param message the reason with the values that triggered it
 */
record Stop(StopReason reason, String message) {

    /** Returns the stop that the starting point triggers, or null to start iterating. */
    static Stop atStart(StopCriteria criteria, double gradientNorm) {
        if (gradientNorm <= criteria.gradientTolerance()) {
            return gradientNorm(criteria, gradientNorm);
        }
        if (criteria.maxIterations() == 0) {
            return maxIterations(criteria);
        }
        return null;
    }

    /** Returns the stop that a completed iteration triggers, or null to continue. */
    static Stop afterIteration(StopCriteria criteria, int iteration, double previousLoss,
                               double loss, double gradientNorm) {
        if (gradientNorm <= criteria.gradientTolerance()) {
            return gradientNorm(criteria, gradientNorm);
        }
        double scale = Math.max(Math.max(Math.abs(previousLoss), Math.abs(loss)), 1.0);
        double relativeChange = Math.abs(previousLoss - loss) / scale;
        if (relativeChange <= criteria.relativeTolerance()) {
            return new Stop(StopReason.RELATIVE_CHANGE, String.format(
                    "relative loss change %.3e is at or below the tolerance %.3e",
                    relativeChange, criteria.relativeTolerance()));
        }
        if (iteration >= criteria.maxIterations()) {
            return maxIterations(criteria);
        }
        return null;
    }

    static Stop nonFiniteAtStart(double loss) {
        return new Stop(StopReason.NON_FINITE_VALUE, "objective returned loss " + loss
                + " or a non-finite gradient at the starting point");
    }

    private static Stop gradientNorm(StopCriteria criteria, double gradientNorm) {
        return new Stop(StopReason.GRADIENT_NORM, String.format(
                "gradient infinity norm %.3e is at or below the tolerance %.3e",
                gradientNorm, criteria.gradientTolerance()));
    }

    private static Stop maxIterations(StopCriteria criteria) {
        return new Stop(StopReason.MAX_ITERATIONS,
                "reached the iteration limit of " + criteria.maxIterations());
    }
}
