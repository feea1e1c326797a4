package org.occtensor.core.api.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StrongWolfeLineSearchTest {

    private static final double[] FIRST_STEPS = {1e-3, 1e-1, 1e1, 1e3};

    /** A 1-D function with its derivative, standing in for phi(a) = f(x + a p). */
    record Function1d(String name, DoubleUnaryOperator value, DoubleUnaryOperator slope)
            implements LineFunction {

        @Override
        public LinePoint evaluate(double step) {
            return new LinePoint(step, value.applyAsDouble(step), slope.applyAsDouble(step));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Returns the six test functions of Moré and Thuente, "Line search algorithms with guaranteed
     * sufficient decrease", ACM TOMS 20, 286-307 (1994), Tables 1-6, with the (c1, c2) pair of
     * each table and their first steps 1e-3, 1e-1, 10 and 1000. Definitions as transcribed in
     * the tests of the R package mize. Tables 2-6 use c1 = c2, but this search requires
     * c1 &lt; c2, so c2 is raised by 1e-12 there.
     */
    static Stream<Arguments> moreThuenteCases() {
        List<Arguments> cases = new ArrayList<>();
        for (double initialStep : FIRST_STEPS) {
            cases.add(Arguments.of(moreThuente1(), 1e-3, 0.1, initialStep));
            cases.add(Arguments.of(moreThuente2(), 0.1, 0.1 + 1e-12, initialStep));
            cases.add(Arguments.of(moreThuente3(), 0.1, 0.1 + 1e-12, initialStep));
            cases.add(Arguments.of(yanai("Yanai 0.001, 0.001", 0.001, 0.001), 1e-3, 1e-3 + 1e-12,
                    initialStep));
            cases.add(Arguments.of(yanai("Yanai 0.01, 0.001", 0.01, 0.001), 1e-3, 1e-3 + 1e-12,
                    initialStep));
            cases.add(Arguments.of(yanai("Yanai 0.001, 0.01", 0.001, 0.01), 1e-3, 1e-3 + 1e-12,
                    initialStep));
        }
        return cases.stream();
    }

    /** Returns the same functions with the constants that L-BFGS uses. */
    static Stream<Arguments> quasiNewtonCases() {
        List<Arguments> cases = new ArrayList<>();
        for (double initialStep : FIRST_STEPS) {
            for (Function1d phi : List.of(moreThuente1(), moreThuente2(), moreThuente3(),
                    yanai("Yanai 0.001, 0.001", 0.001, 0.001),
                    yanai("Yanai 0.01, 0.001", 0.01, 0.001),
                    yanai("Yanai 0.001, 0.01", 0.001, 0.01))) {
                cases.add(Arguments.of(phi, StrongWolfeLineSearch.DEFAULT_C1,
                        StrongWolfeLineSearch.DEFAULT_C2, initialStep));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, c1 = {1}, c2 = {2}, first step {3}")
    @MethodSource({"moreThuenteCases", "quasiNewtonCases"})
    void acceptedStepSatisfiesStrongWolfe(Function1d phi, double c1, double c2,
                                          double initialStep) {
        StrongWolfeLineSearch search = new StrongWolfeLineSearch(c1, c2,
                StrongWolfeLineSearch.DEFAULT_MAX_EVALUATIONS);
        LinePoint origin = phi.evaluate(0);

        LineSearchResult result = search.search(phi, origin.value(), origin.slope(), initialStep);

        assertTrue(result.isAccepted(), () -> "search failed: " + result.failure());
        assertWolfe(phi, origin, result.point().step(), c1, c2);
        assertTrue(result.evaluations() <= StrongWolfeLineSearch.DEFAULT_MAX_EVALUATIONS);
    }

    @Test
    void quasiNewtonStepAcceptedAtOnce() {
        Function1d phi = parabola();
        LineSearchResult result = new StrongWolfeLineSearch().search(phi, 0, -2, 1.0);

        assertTrue(result.isAccepted());
        assertEquals(1.0, result.point().step());
        assertEquals(1, result.evaluations());
    }

    @Test
    void shortFirstStepGrows() {
        Function1d phi = parabola();
        LineSearchResult result = new StrongWolfeLineSearch().search(phi, 0, -2, 1e-4);

        assertTrue(result.isAccepted(), () -> "search failed: " + result.failure());
        assertTrue(result.point().step() > 1e-4);
        assertWolfe(phi, phi.evaluate(0), result.point().step(), StrongWolfeLineSearch.DEFAULT_C1,
                StrongWolfeLineSearch.DEFAULT_C2);
    }

    @Test
    void nanBeyondWallShortensStep() {
        Function1d phi = new Function1d("parabola with NaN beyond 1.5",
                a -> a > 1.5 ? Double.NaN : (a - 1) * (a - 1) - 1,
                a -> a > 1.5 ? Double.NaN : 2 * (a - 1));
        LineSearchResult result = new StrongWolfeLineSearch().search(phi, 0, -2, 8.0);

        assertTrue(result.isAccepted(), () -> "search failed: " + result.failure());
        assertTrue(result.point().step() <= 1.5);
        assertWolfe(phi, phi.evaluate(0), result.point().step(), StrongWolfeLineSearch.DEFAULT_C1,
                StrongWolfeLineSearch.DEFAULT_C2);
    }

    @Test
    void infiniteValueShortensStep() {
        Function1d phi = new Function1d("parabola with +inf beyond 0.5",
                a -> a > 0.5 ? Double.POSITIVE_INFINITY : (a - 1) * (a - 1) - 1,
                a -> 2 * (a - 1));
        LineSearchResult result = new StrongWolfeLineSearch().search(phi, 0, -2, 1.0);

        assertTrue(result.isAccepted(), () -> "search failed: " + result.failure());
        assertTrue(result.point().step() <= 0.5);
        assertWolfe(phi, phi.evaluate(0), result.point().step(), StrongWolfeLineSearch.DEFAULT_C1,
                StrongWolfeLineSearch.DEFAULT_C2);
    }

    @Test
    void uphillDirectionFailsWithoutEvaluating() {
        LineSearchResult result = new StrongWolfeLineSearch().search(parabola(), 0, 2, 1.0);

        assertFalse(result.isAccepted());
        assertNull(result.point());
        assertEquals(0, result.evaluations());
        assertTrue(result.failure().contains("not a descent direction"), result.failure());
    }

    @Test
    void wrongSlopeFailsWithinBudget() {
        // phi rises although phi'(0) claims descent, as when a gradient has the wrong sign.
        int[] calls = {0};
        LineFunction phi = step -> {
            calls[0]++;
            return new LinePoint(step, step, -1);
        };
        LineSearchResult result = new StrongWolfeLineSearch().search(phi, 0, -1, 1.0);

        assertFalse(result.isAccepted());
        assertNotNull(result.failure());
        assertEquals(calls[0], result.evaluations());
        assertTrue(result.evaluations() <= StrongWolfeLineSearch.DEFAULT_MAX_EVALUATIONS);
    }

    @Test
    void everyTrialNonFiniteFailureSaysSo() {
        LineFunction phi = step -> new LinePoint(step, Double.NaN, Double.NaN);
        LineSearchResult result = new StrongWolfeLineSearch().search(phi, 0, -1, 1.0);

        assertFalse(result.isAccepted());
        assertTrue(result.failure().contains("20 of the trials gave a non-finite value"),
                result.failure());
    }

    @Test
    void cubicInterpolationFindsCubicMinimiser() {
        // phi(a) = a^3 - 3a has its local minimum at a = 1, and the fitted cubic is phi itself.
        LinePoint lo = new LinePoint(0, 0, -3);
        LinePoint hi = new LinePoint(2, 2, 9);

        assertEquals(1.0, StrongWolfeLineSearch.interpolate(lo, hi), 1e-12);
        assertEquals(1.0, StrongWolfeLineSearch.interpolate(hi, lo), 1e-12);
    }

    @Test
    void interpolationBisectsNonFiniteBracket() {
        LinePoint lo = new LinePoint(0, 0, -3);
        LinePoint hi = new LinePoint(2, Double.NaN, Double.NaN);

        assertEquals(1.0, StrongWolfeLineSearch.interpolate(lo, hi));
    }

    @Test
    void interpolationKeepsMarginFromBracketEnd() {
        // The cubic through these points has its minimiser at about 5.8e-4, inside the 0.1%
        // margin next to lo.
        LinePoint lo = new LinePoint(0, 0, -1e-5);
        LinePoint hi = new LinePoint(1, 10, 30);

        assertEquals(1e-3, StrongWolfeLineSearch.interpolate(lo, hi), 1e-15);
    }

    @Test
    void interpolationWithoutInteriorMinimiserBisects() {
        // Both slopes negative and values falling: the cubic has no minimiser in [0, 1].
        LinePoint lo = new LinePoint(0, 0, -1);
        LinePoint hi = new LinePoint(1, -2, -1);

        assertEquals(0.5, StrongWolfeLineSearch.interpolate(lo, hi));
    }

    private static Function1d parabola() {
        return new Function1d("(a - 1)^2 - 1", a -> (a - 1) * (a - 1) - 1, a -> 2 * (a - 1));
    }

    private static Function1d moreThuente1() {
        double beta = 2;
        return new Function1d("Moré-Thuente 1",
                a -> -a / (a * a + beta),
                a -> (a * a - beta) / ((a * a + beta) * (a * a + beta)));
    }

    private static Function1d moreThuente2() {
        double beta = 0.004;
        return new Function1d("Moré-Thuente 2",
                a -> Math.pow(a + beta, 5) - 2 * Math.pow(a + beta, 4),
                a -> Math.pow(a + beta, 3) * (5 * a + 5 * beta - 8));
    }

    private static Function1d moreThuente3() {
        double beta = 0.01;
        double l = 39;
        return new Function1d("Moré-Thuente 3",
                a -> {
                    double base;
                    if (a <= 1 - beta) {
                        base = 1 - a;
                    } else if (a >= 1 + beta) {
                        base = a - 1;
                    } else {
                        base = (a - 1) * (a - 1) / (2 * beta) + beta / 2;
                    }
                    return base + 2 * (1 - beta) / (l * Math.PI) * Math.sin(l * Math.PI * a / 2);
                },
                a -> {
                    double base;
                    if (a <= 1 - beta) {
                        base = -1;
                    } else if (a >= 1 + beta) {
                        base = 1;
                    } else {
                        base = (a - 1) / beta;
                    }
                    return base + (1 - beta) * Math.cos(l * Math.PI * a / 2);
                });
    }

    /** Functions 4-6: the Yanai, Ozawa and Kaneko family with parameters beta1, beta2. */
    private static Function1d yanai(String name, double beta1, double beta2) {
        double gamma1 = Math.sqrt(1 + beta1 * beta1) - beta1;
        double gamma2 = Math.sqrt(1 + beta2 * beta2) - beta2;
        return new Function1d(name,
                a -> gamma1 * Math.hypot(1 - a, beta2) + gamma2 * Math.hypot(a, beta1),
                a -> gamma1 * (a - 1) / Math.hypot(1 - a, beta2)
                        + gamma2 * a / Math.hypot(a, beta1));
    }

    private static void assertWolfe(LineFunction phi, LinePoint origin, double step, double c1,
                                    double c2) {
        LinePoint point = phi.evaluate(step);
        assertTrue(step > 0, "step " + step);
        assertTrue(point.value() <= origin.value() + c1 * step * origin.slope(),
                () -> "sufficient decrease fails at step " + step + ": phi = " + point.value());
        assertTrue(Math.abs(point.slope()) <= c2 * Math.abs(origin.slope()),
                () -> "curvature fails at step " + step + ": phi' = " + point.slope());
    }
}
