package org.occtensor.core.api.optim;

/**
 * An objective restricted to the ray {@code origin + step * direction}. It keeps the point and
 * gradient of its last evaluation, so the caller can take over an accepted trial without
 * evaluating it again.
 */
final class ObjectiveLine implements LineFunction {

    private final Objective objective;
    private final double[] origin;
    private final double[] direction;
    private final double[] point;
    private final double[] gradient;
    private double lastStep = Double.NaN;
    private double lastValue = Double.NaN;

    /**
     * Creates the ray. The line reads {@code origin} and {@code direction} at each evaluation,
     * so the caller may change them between searches but not during one.
     */
    ObjectiveLine(Objective objective, double[] origin, double[] direction) {
        this.objective = objective;
        this.origin = origin;
        this.direction = direction;
        this.point = new double[origin.length];
        this.gradient = new double[origin.length];
    }

    /**
     * Evaluates the objective at {@code origin + step * direction}. A point that overflows is
     * reported as NaN without calling the objective.
     */
    @Override
    public LinePoint evaluate(double step) {
        for (int i = 0; i < point.length; i++) {
            point[i] = origin[i] + step * direction[i];
        }
        lastStep = step;
        if (!Vectors.allFinite(point)) {
            lastValue = Double.NaN;
            return new LinePoint(step, Double.NaN, Double.NaN);
        }

        lastValue = objective.evaluate(point, gradient);
        double slope = Vectors.allFinite(gradient) ? Vectors.dot(gradient, direction) : Double.NaN;
        return new LinePoint(step, lastValue, slope);
    }

    /** Makes {@link #point()} and {@link #gradient()} belong to the given step. */
    void moveTo(double step) {
        if (step != lastStep) {
            evaluate(step);
        }
    }

    /** Returns the last evaluated point (the live buffer, overwritten by the next evaluation). */
    double[] point() {
        return point;
    }

    /** Returns the gradient at the last evaluated point (the live buffer). */
    double[] gradient() {
        return gradient;
    }

    double value() {
        return lastValue;
    }
}
