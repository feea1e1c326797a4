package org.occtensor.core.api.optim;

import java.util.Arrays;
import java.util.Objects;

/**
 * The outcome of one optimizer run. The point is the last accepted iterate, which is finite
 * even when the run stopped on a non-finite objective value. The loss is NaN or infinite only
 * when the objective returned such a value at the starting point.
 *
 * @param x            final point (the record keeps its own copy)
 * @param loss         objective value at {@code x}
 * @param initialLoss  objective value at the starting point
 * @param gradientNorm largest absolute gradient component (infinity norm) at {@code x}
 * @param iterations   completed iterations
 * @param evaluations  objective evaluations, including failed line search trials
 * @param stopReason   why the run stopped
 * @param message      the stop reason with the values that triggered it
 */
public record OptimizationResult(double[] x, double loss, double initialLoss, double gradientNorm,
                                 int iterations, int evaluations, StopReason stopReason,
                                 String message) {

    /** Copies {@code x} and checks that the reason and message are present. */
    public OptimizationResult {
        x = x.clone();
        Objects.requireNonNull(stopReason, "stopReason");
        Objects.requireNonNull(message, "message");
    }

    /** Returns a copy of the final point. */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** Returns whether the run met the gradient or the relative change test. */
    public boolean converged() {
        return stopReason.isConvergence();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OptimizationResult that
                && Arrays.equals(x, that.x)
                && Double.compare(loss, that.loss) == 0
                && Double.compare(initialLoss, that.initialLoss) == 0
                && Double.compare(gradientNorm, that.gradientNorm) == 0
                && iterations == that.iterations
                && evaluations == that.evaluations
                && stopReason == that.stopReason
                && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(x), loss, initialLoss, gradientNorm, iterations,
                evaluations, stopReason, message);
    }

    /** Shows the length of {@code x} rather than its values, which may number thousands. */
    @Override
    public String toString() {
        return "OptimizationResult[x=double[" + x.length + "], loss=" + loss
                + ", initialLoss=" + initialLoss + ", gradientNorm=" + gradientNorm
                + ", iterations=" + iterations + ", evaluations=" + evaluations
                + ", stopReason=" + stopReason + ", message=" + message + "]";
    }
}
