package org.occtensor.core.api.optim;

import java.util.Objects;

/**
 * Adam: gradient steps scaled per parameter by bias-corrected running estimates of the first
 * and second moments of the gradient (Kingma and Ba, "Adam: A Method for Stochastic
 * Optimization", ICLR 2015, arXiv:1412.6980, Algorithm 1). Each iteration takes one step and
 * evaluates the objective once, with no line search, so the loss may rise between iterations.
 *
 * <p>The result is the last iterate, not the one with the lowest loss. If the objective is not
 * finite at a new point, the run stops with {@link StopReason#NON_FINITE_VALUE} and returns the
 * previous point.
 */
public final class AdamOptimizer implements Optimizer {

    /**
     * Step size of {@link #AdamOptimizer()}, in logit units. Kingma and Ba suggest 0.001 for
     * network weights, but a logit of 5 already means an occupancy of 0.993, so steps of about
     * 0.05 cross the useful range of an occupancy logit within about a hundred iterations.
     * NOTE: this value has not yet been tuned on refinement data.
     */
    public static final double DEFAULT_LEARNING_RATE = 0.05;

    /** Decay rate of the first-moment estimate (Kingma and Ba's default). */
    public static final double DEFAULT_BETA1 = 0.9;

    /** Decay rate of the second-moment estimate (Kingma and Ba's default). */
    public static final double DEFAULT_BETA2 = 0.999;

    /** Term added to the root-mean-square gradient to avoid division by zero (their default). */
    public static final double DEFAULT_EPSILON = 1e-8;

    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;

    /** Creates an optimizer with the default settings. */
    public AdamOptimizer() {
        this(DEFAULT_LEARNING_RATE, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    /**
     * Creates an optimizer.
     *
     * @param learningRate step size, in parameter units, finite and greater than 0
     * @param beta1        first-moment decay rate, in [0, 1)
     * @param beta2        second-moment decay rate, in [0, 1)
     * @param epsilon      denominator guard, finite and greater than 0
     * @throws IllegalArgumentException if a value is outside its range
     */
    public AdamOptimizer(double learningRate, double beta1, double beta2, double epsilon) {
        requirePositive("learningRate", learningRate);
        requireDecayRate("beta1", beta1);
        requireDecayRate("beta2", beta2);
        requirePositive("epsilon", epsilon);
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    public double learningRate() {
        return learningRate;
    }

    public double beta1() {
        return beta1;
    }

    public double beta2() {
        return beta2;
    }

    public double epsilon() {
        return epsilon;
    }

    @Override
    public OptimizationResult minimize(Objective objective, double[] x0, StopCriteria stop,
                                       IterationListener listener) {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(listener, "listener");
        Vectors.requireFinite(x0);

        return new AdamRun(objective, x0, stop, listener, this).run();
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    "Adam " + name + " must be finite and greater than 0, got " + value);
        }
    }

    private static void requireDecayRate(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(
                    "Adam " + name + " must be in [0, 1), got " + value);
        }
    }
}
