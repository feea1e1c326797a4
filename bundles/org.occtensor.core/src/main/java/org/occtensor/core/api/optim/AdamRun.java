package org.occtensor.core.api.optim;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The state of one {@link AdamOptimizer} minimisation. */
final class AdamRun {

    private static final Logger LOG = LoggerFactory.getLogger(AdamRun.class);

    private final CountingObjective objective;
    private final StopCriteria criteria;
    private final IterationListener listener;
    private final AdamOptimizer settings;
    private double[] x;
    private double[] gradient;
    private double[] trialX;
    private double[] trialGradient;
    private final double[] firstMoment;
    private final double[] secondMoment;
    private double loss;
    private int iteration;

    AdamRun(Objective objective, double[] x0, StopCriteria criteria, IterationListener listener,
            AdamOptimizer settings) {
        this.objective = new CountingObjective(objective);
        this.criteria = criteria;
        this.listener = listener;
        this.settings = settings;
        this.x = x0.clone();
        this.gradient = new double[x0.length];
        this.trialX = new double[x0.length];
        this.trialGradient = new double[x0.length];
        this.firstMoment = new double[x0.length];
        this.secondMoment = new double[x0.length];
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
        computeTrial(iteration + 1);
        double trialLoss = Vectors.allFinite(trialX)
                ? objective.evaluate(trialX, trialGradient) : Double.NaN;
        if (!Double.isFinite(trialLoss) || !Vectors.allFinite(trialGradient)) {
            return new Stop(StopReason.NON_FINITE_VALUE, "objective returned loss " + trialLoss
                    + " or a non-finite gradient in iteration " + (iteration + 1)
                    + ". The result is the point of iteration " + iteration);
        }

        double stepLength = Vectors.distance(x, trialX);
        double previousLoss = loss;
        acceptTrial(trialLoss);
        iteration++;
        double gradientNorm = Vectors.normInf(gradient);
        listener.onIteration(new IterationReport(iteration, loss, gradientNorm, stepLength,
                objective.evaluations()));
        return Stop.afterIteration(criteria, iteration, previousLoss, loss, gradientNorm);
    }

    /**
     * Updates the moment estimates with the current gradient and writes the next point into
     * {@code trialX} (Kingma and Ba, Algorithm 1, step {@code t}).
     */
    private void computeTrial(int t) {
        double beta1 = settings.beta1();
        double beta2 = settings.beta2();
        double firstCorrection = 1 - Math.pow(beta1, t);
        double secondCorrection = 1 - Math.pow(beta2, t);
        for (int i = 0; i < x.length; i++) {
            double g = gradient[i];
            firstMoment[i] = beta1 * firstMoment[i] + (1 - beta1) * g;
            secondMoment[i] = beta2 * secondMoment[i] + (1 - beta2) * g * g;
            double mean = firstMoment[i] / firstCorrection;
            double rms = Math.sqrt(secondMoment[i] / secondCorrection);
            trialX[i] = x[i] - settings.learningRate() * mean / (rms + settings.epsilon());
        }
    }

    private void acceptTrial(double trialLoss) {
        double[] freed = x;
        x = trialX;
        trialX = freed;
        freed = gradient;
        gradient = trialGradient;
        trialGradient = freed;
        loss = trialLoss;
    }

    private OptimizationResult result(double initialLoss, Stop stop) {
        LOG.debug("Adam stopped after {} iterations at loss {}: {}",
                iteration, loss, stop.message());
        return new OptimizationResult(x, loss, initialLoss, Vectors.normInf(gradient), iteration,
                objective.evaluations(), stop.reason(), stop.message());
    }
}
