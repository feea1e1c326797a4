package org.occtensor.core.api.optim;

/**
 * One evaluation of phi(step) = f(x + step * direction).
 *
 * @param step  step length along the direction
 * @param value phi(step), NaN when the objective gave no finite value
 * @param slope phi'(step) = gradient . direction, NaN when the gradient was not finite
 */
record LinePoint(double step, double value, double slope) {

    boolean isFinite() {
        return Double.isFinite(value) && Double.isFinite(slope);
    }
}
