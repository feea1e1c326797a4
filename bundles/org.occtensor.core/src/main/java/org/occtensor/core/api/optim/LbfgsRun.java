package org.occtensor.core.api.optim;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The state of one {@link LbfgsOptimizer} minimisation. */
final class LbfgsRun {

    private static final Logger LOG = LoggerFactory.getLogger(LbfgsRun.class);

    private final CountingObjective objective;
    private final StopCriteria criteria;
    private final IterationListener listener;
    private final StrongWolfeLineSearch lineSearch;
    private final LbfgsHistory history;
    private final double[] x;
    private final double[] gradient;
    private final double[] direction;
    private final ObjectiveLine line;
    private double loss;
    private int iteration;
    private boolean retriedAfterReset;

    LbfgsRun(Objective objective, double[] x0, StopCriteria criteria, IterationListener listener,
             int historySize, StrongWolfeLineSearch lineSearch) {
        this.objective = new CountingObjective(objective);
        this.criteria = criteria;
        this.listener = listener;
        this.lineSearch = lineSearch;
        this.history = new LbfgsHistory(historySize, x0.length);
        this.x = x0.clone();
        this.gradient = new double[x0.length];
        this.direction = new double[x0.length];
        this.line = new ObjectiveLine(this.objective, x, direction);
    }

    OptimizationResult run() {
        loss = objective.evaluate(x, gradient);
        double initialLoss = loss;
        if (!Double.isFinite(loss) || !Vectors.allFinite(gradient)) {
            return result(initialLoss, Stop.nonFiniteAtStart(loss));
        }

        Stop stop = Stop.atStart(criteria, Vectors.normInf(gradient));
        while (stop == null) {
            stop = iterate();
        }
        return result(initialLoss, stop);
    }

    /** Takes one step and returns the stop it triggers, or null to continue. */
    private Stop iterate() {
        LineSearchResult search = searchWithReset();
        if (!search.isAccepted()) {
            String retry = retriedAfterReset ? ", also after clearing the curvature history and"
                    + " retrying along the steepest descent direction" : "";
            return new Stop(StopReason.LINE_SEARCH_FAILED, "line search failed in iteration "
                    + (iteration + 1) + retry + ": " + search.failure());
        }

        double previousLoss = loss;
        double stepLength = takeStep(search.point().step());
        iteration++;
        double gradientNorm = Vectors.normInf(gradient);
        listener.onIteration(new IterationReport(iteration, loss, gradientNorm, stepLength,
                objective.evaluations()));
        return Stop.afterIteration(criteria, iteration, previousLoss, loss, gradientNorm);
    }

    /**
     * Searches along the quasi-Newton direction. When that fails, stale curvature pairs are the
     * likely cause, so the history is cleared and the search is repeated once along the
     * steepest descent direction. A failure with an empty history is final.
     */
    private LineSearchResult searchWithReset() {
        retriedAfterReset = false;
        LineSearchResult search = search();
        if (search.isAccepted() || history.isEmpty()) {
            return search;
        }

        LOG.debug("L-BFGS line search failed in iteration {} ({}). Clearing {} curvature pairs"
                + " and retrying along the steepest descent direction",
                iteration + 1, search.failure(), history.size());
        history.clear();
        retriedAfterReset = true;
        return search();
    }

    private LineSearchResult search() {
        history.direction(gradient, direction);
        double slope = Vectors.dot(gradient, direction);
        if (!(slope < 0) && !history.isEmpty()) {
            // Rounding in the two-loop recursion can give an uphill direction when the
            // approximation is badly conditioned, but the steepest descent direction is downhill.
            LOG.debug("L-BFGS direction is not downhill in iteration {} (slope {}), so the"
                    + " history is cleared", iteration + 1, slope);
            history.clear();
            history.direction(gradient, direction);
            slope = Vectors.dot(gradient, direction);
        }

        // Without curvature information the first trial step has unit length in parameter
        // units. With it, the quasi-Newton step 1 is the natural first trial.
        double initialStep = history.isEmpty() ? 1 / Vectors.norm2(direction) : 1.0;
        if (!(initialStep > 0) || Double.isInfinite(initialStep)) {
            return LineSearchResult.failed("the search direction has length "
                    + Vectors.norm2(direction) + ", so no first trial step can be chosen", 0);
        }
        return lineSearch.search(line, loss, slope, initialStep);
    }

    /** Moves to the accepted step, updates the history and returns the step's length. */
    private double takeStep(double step) {
        line.moveTo(step);
        double[] newX = line.point();
        double[] newGradient = line.gradient();
        if (!history.add(x, newX, gradient, newGradient)) {
            LOG.debug("L-BFGS skipped the curvature pair of iteration {}: s.y is not positive",
                    iteration + 1);
        }

        double stepLength = Vectors.distance(x, newX);
        System.arraycopy(newX, 0, x, 0, x.length);
        System.arraycopy(newGradient, 0, gradient, 0, gradient.length);
        loss = line.value();
        return stepLength;
    }

    private OptimizationResult result(double initialLoss, Stop stop) {
        LOG.debug("L-BFGS stopped after {} iterations and {} evaluations at loss {}: {}",
                iteration, objective.evaluations(), loss, stop.message());
        return new OptimizationResult(x, loss, initialLoss, Vectors.normInf(gradient), iteration,
                objective.evaluations(), stop.reason(), stop.message());
    }
}
