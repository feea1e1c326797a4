package org.occtensor.core.api.optim;

/**
 * Line search for a step length {@code a > 0} that satisfies the strong Wolfe conditions
 * <pre>
 *   phi(a) &lt;= phi(0) + c1 * a * phi'(0)    (sufficient decrease)
 *   |phi'(a)| &lt;= c2 * |phi'(0)|           (curvature)
 * </pre>
 * It follows the bracketing phase and the zoom of Nocedal and Wright, <i>Numerical
 * Optimization</i>, 2nd ed., Springer 2006, Algorithms 3.5 and 3.6, and picks each zoom trial
 * by their cubic interpolation, Eq. (3.59).
 *
 * <p>Three safeguards go beyond the book. A cubic minimiser outside the bracket is replaced by
 * the midpoint, and one closer than 0.1% of the bracket width to an end is moved to that
 * distance, so every trial adds a new point. When the last trial left the bracket wider than
 * 66% of its former width, the next trial is the midpoint. Moré and Thuente's MINPACK-2 routine
 * dcsrch (ACM TOMS 20, 286-307, 1994) applies this test over two trials. Over one trial, each of
 * the 24 cases of their Tables 1-6 needs at most 17 evaluations here, against up to 22 over two
 * trials, which exceeds the default budget of 20. A trial whose value or slope is not
 * finite counts as a step that is too long, so the search falls back towards the last finite
 * point instead of failing.
 */
final class StrongWolfeLineSearch {

    /** Sufficient decrease constant c1, the small value Nocedal and Wright suggest (Section 3.1). */
    static final double DEFAULT_C1 = 1e-4;

    /** Curvature constant c2, their typical value for quasi-Newton directions (Section 3.1). */
    static final double DEFAULT_C2 = 0.9;

    /** Evaluation budget of one search, the same as SciPy's L-BFGS-B default (maxls). */
    static final int DEFAULT_MAX_EVALUATIONS = 20;

    /** Growth factor of the trial step while no bracket is known. */
    private static final double EXPANSION = 4.0;

    /** Minimum distance of a trial from either end of the bracket, as a fraction of its width. */
    private static final double END_MARGIN = 1e-3;

    /** Bisect when the last trial left the bracket wider than this fraction of its width. */
    private static final double MIN_SHRINK = 0.66;

    private final double c1;
    private final double c2;
    private final int maxEvaluations;

    StrongWolfeLineSearch() {
        this(DEFAULT_C1, DEFAULT_C2, DEFAULT_MAX_EVALUATIONS);
    }

    StrongWolfeLineSearch(double c1, double c2, int maxEvaluations) {
        if (!(0 < c1 && c1 < c2 && c2 < 1)) {
            throw new IllegalArgumentException(
                    "Wolfe constants must satisfy 0 < c1 < c2 < 1, got c1 = " + c1 + ", c2 = " + c2);
        }
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException(
                    "maxEvaluations must be at least 1, got " + maxEvaluations);
        }
        this.c1 = c1;
        this.c2 = c2;
        this.maxEvaluations = maxEvaluations;
    }

    double c1() {
        return c1;
    }

    double c2() {
        return c2;
    }

    /**
     * Searches along the ray that {@code phi} describes.
     *
     * @param phi         the objective along the ray
     * @param value0      phi(0), finite
     * @param slope0      phi'(0), which must be negative and finite or the search fails at once
     * @param initialStep first trial step, finite and greater than 0
     * @return the accepted point, which is always the last one evaluated, or the failure
     */
    LineSearchResult search(LineFunction phi, double value0, double slope0, double initialStep) {
        if (!Double.isFinite(value0)) {
            throw new IllegalArgumentException("phi(0) must be finite, got " + value0);
        }
        if (!(initialStep > 0) || Double.isInfinite(initialStep)) {
            throw new IllegalArgumentException(
                    "initial step must be finite and greater than 0, got " + initialStep);
        }
        if (!(slope0 < 0) || Double.isInfinite(slope0)) {
            return LineSearchResult.failed(
                    "the search direction is not a descent direction: phi'(0) = " + slope0, 0);
        }

        return new Search(phi, new LinePoint(0, value0, slope0)).bracket(initialStep);
    }

    /**
     * Returns the minimiser of the cubic that matches value and slope at both ends of the
     * bracket (Nocedal and Wright, Eq. 3.59), kept at least 0.1% of the bracket width from
     * either end. Returns the midpoint where that cubic has no minimiser inside the bracket.
     */
    static double interpolate(LinePoint lo, LinePoint hi) {
        double low = Math.min(lo.step(), hi.step());
        double high = Math.max(lo.step(), hi.step());
        double width = high - low;
        double midpoint = low + 0.5 * width;
        if (!lo.isFinite() || !hi.isFinite()) {
            return midpoint;
        }

        double d1 = lo.slope() + hi.slope()
                - 3 * (lo.value() - hi.value()) / (lo.step() - hi.step());
        double radicand = d1 * d1 - lo.slope() * hi.slope();
        if (!(radicand >= 0)) {
            return midpoint;
        }
        double d2 = Math.signum(hi.step() - lo.step()) * Math.sqrt(radicand);
        double step = hi.step() - (hi.step() - lo.step())
                * (hi.slope() + d2 - d1) / (hi.slope() - lo.slope() + 2 * d2);
        if (!(step > low && step < high)) {
            return midpoint;
        }
        double margin = END_MARGIN * width;
        return Math.min(Math.max(step, low + margin), high - margin);
    }

    /** The state of one search: the ray, its origin and the evaluations used so far. */
    private final class Search {

        private final LineFunction phi;
        private final LinePoint origin;
        private int evaluations;
        private int nonFiniteTrials;

        Search(LineFunction phi, LinePoint origin) {
            this.phi = phi;
            this.origin = origin;
        }

        /** Grows the step until it satisfies both conditions or brackets such a step. */
        LineSearchResult bracket(double initialStep) {
            LinePoint previous = origin;
            double step = initialStep;
            while (evaluations < maxEvaluations) {
                LinePoint trial = evaluate(step);
                if (!trial.isFinite() || !decreasesEnough(trial)
                        || (previous != origin && trial.value() >= previous.value())) {
                    return zoom(previous, trial);
                }
                if (flatEnough(trial)) {
                    return LineSearchResult.accepted(trial, evaluations);
                }
                if (trial.slope() >= 0) {
                    return zoom(trial, previous);
                }
                previous = trial;
                step *= EXPANSION;
            }
            return failed(String.format(
                    "no step met the strong Wolfe conditions within %d evaluations. The last"
                            + " trial step %.6e still descends (phi'(0) = %.6e)",
                    evaluations, previous.step(), origin.slope()));
        }

        /**
         * Shrinks a bracket until a trial satisfies both conditions. {@code lo} is the point
         * with the lowest value that satisfies sufficient decrease, and the interval between
         * {@code lo} and {@code hi} contains steps that satisfy both conditions.
         */
        private LineSearchResult zoom(LinePoint lo, LinePoint hi) {
            double previousWidth = Double.POSITIVE_INFINITY;
            while (evaluations < maxEvaluations) {
                if (collapsed(lo, hi)) {
                    return failed(String.format(
                            "the bracket [%.6e, %.6e] shrank to rounding level after %d"
                                    + " evaluations (phi'(0) = %.6e). Either the gradient does not"
                                    + " match the objective, or the point is already at the"
                                    + " minimum within rounding",
                            lo.step(), hi.step(), evaluations, origin.slope()));
                }
                double width = Math.abs(hi.step() - lo.step());
                double step = width > MIN_SHRINK * previousWidth
                        ? 0.5 * (lo.step() + hi.step()) : interpolate(lo, hi);
                previousWidth = width;

                LinePoint trial = evaluate(step);
                if (!trial.isFinite() || !decreasesEnough(trial) || trial.value() >= lo.value()) {
                    hi = trial;
                } else {
                    if (flatEnough(trial)) {
                        return LineSearchResult.accepted(trial, evaluations);
                    }
                    if (trial.slope() * (hi.step() - lo.step()) >= 0) {
                        hi = lo;
                    }
                    lo = trial;
                }
            }
            return failed(String.format(
                    "no step met the strong Wolfe conditions within %d evaluations. The last"
                            + " bracket was [%.6e, %.6e] (phi'(0) = %.6e)",
                    evaluations, lo.step(), hi.step(), origin.slope()));
        }

        private LinePoint evaluate(double step) {
            evaluations++;
            LinePoint point = phi.evaluate(step);
            if (!point.isFinite()) {
                nonFiniteTrials++;
            }
            return point;
        }

        private LineSearchResult failed(String reason) {
            String detail = nonFiniteTrials == 0 ? reason : reason + ". " + nonFiniteTrials
                    + " of the trials gave a non-finite value or slope";
            return LineSearchResult.failed(detail, evaluations);
        }

        private boolean decreasesEnough(LinePoint point) {
            return point.value() <= origin.value() + c1 * point.step() * origin.slope();
        }

        private boolean flatEnough(LinePoint point) {
            return Math.abs(point.slope()) <= -c2 * origin.slope();
        }

        private boolean collapsed(LinePoint lo, LinePoint hi) {
            double scale = Math.max(Math.abs(lo.step()), Math.abs(hi.step()));
            return Math.abs(hi.step() - lo.step()) <= 4 * Math.ulp(scale);
        }
    }
}
