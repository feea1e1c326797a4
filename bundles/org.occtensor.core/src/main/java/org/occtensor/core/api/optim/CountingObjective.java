package org.occtensor.core.api.optim;

import java.util.Objects;

/** An objective that counts its evaluations. */
final class CountingObjective implements Objective {

    private final Objective delegate;
    private int evaluations;

    CountingObjective(Objective delegate) {
        this.delegate = Objects.requireNonNull(delegate, "objective");
    }

    @Override
    public double evaluate(double[] x, double[] gradient) {
        evaluations++;
        return delegate.evaluate(x, gradient);
    }

    int evaluations() {
        return evaluations;
    }
}
