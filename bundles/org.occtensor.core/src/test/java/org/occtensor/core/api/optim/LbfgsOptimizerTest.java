package org.occtensor.core.api.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LbfgsOptimizerTest {

    private static final StopCriteria TIGHT = new StopCriteria(500, 1e-9, 0.0);

    @Test
    void rosenbrock2dConverges() {
        OptimizationResult result = new LbfgsOptimizer().minimize(TestFunctions::rosenbrock,
                new double[] {-1.2, 1.0}, TIGHT);

        assertEquals(StopReason.GRADIENT_NORM, result.stopReason(), result.message());
        assertTrue(result.converged());
        assertArrayEquals(new double[] {1, 1}, result.x(), 1e-8);
        assertEquals(0, result.loss(), 1e-16);
        assertEquals(24.2, result.initialLoss(), 1e-12);
        assertTrue(result.gradientNorm() <= 1e-9);
    }

    @Test
    void extendedRosenbrock10dConverges() {
        OptimizationResult result = new LbfgsOptimizer().minimize(
                TestFunctions::extendedRosenbrock, TestFunctions.extendedRosenbrockStart(10), TIGHT);

        assertEquals(StopReason.GRADIENT_NORM, result.stopReason(), result.message());
        double[] ones = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        assertArrayEquals(ones, result.x(), 1e-8);
    }

    @Test
    void quadraticRecoversMinimiser() {
        TestFunctions.Quadratic quadratic = TestFunctions.Quadratic.random(20, 42);

        OptimizationResult result = new LbfgsOptimizer().minimize(quadratic, new double[20],
                TIGHT);

        assertEquals(StopReason.GRADIENT_NORM, result.stopReason(), result.message());
        assertArrayEquals(quadratic.minimiser(), result.x(), 1e-7);
    }

    @Test
    void historyOfOnePairStillConverges() {
        OptimizationResult result = new LbfgsOptimizer(1).minimize(TestFunctions::rosenbrock,
                new double[] {-1.2, 1.0}, TIGHT);

        assertEquals(StopReason.GRADIENT_NORM, result.stopReason(), result.message());
        assertArrayEquals(new double[] {1, 1}, result.x(), 1e-8);
    }

    @Test
    void listenerCalledOncePerIteration() {
        List<IterationReport> reports = new ArrayList<>();
        OptimizationResult result = new LbfgsOptimizer().minimize(TestFunctions::rosenbrock,
                new double[] {-1.2, 1.0}, TIGHT, reports::add);

        assertEquals(result.iterations(), reports.size());
        for (int i = 0; i < reports.size(); i++) {
            assertEquals(i + 1, reports.get(i).iteration());
        }
        IterationReport last = reports.get(reports.size() - 1);
        assertEquals(result.loss(), last.loss());
        assertEquals(result.gradientNorm(), last.gradientNorm());
        assertEquals(result.evaluations(), last.evaluations());
    }

    @Test
    void lossDecreasesEveryIteration() {
        // The sufficient decrease condition makes every accepted step lower the loss.
        List<IterationReport> reports = new ArrayList<>();
        OptimizationResult result = new LbfgsOptimizer().minimize(
                TestFunctions::extendedRosenbrock, TestFunctions.extendedRosenbrockStart(10), TIGHT,
                reports::add);

        double previous = result.initialLoss();
        for (IterationReport report : reports) {
            assertTrue(report.loss() < previous, "loss rose in iteration " + report.iteration());
            assertTrue(report.stepLength() > 0, "no step in iteration " + report.iteration());
            previous = report.loss();
        }
    }

    @Test
    void reportedValuesMatchObjective() {
        List<IterationReport> reports = new ArrayList<>();
        OptimizationResult result = new LbfgsOptimizer().minimize(TestFunctions::rosenbrock,
                new double[] {-1.2, 1.0}, StopCriteria.defaults().withMaxIterations(5),
                reports::add);

        double[] gradient = new double[2];
        double loss = TestFunctions.rosenbrock(result.x(), gradient);
        assertEquals(loss, result.loss());
        assertEquals(Vectors.normInf(gradient), result.gradientNorm());
        assertEquals(5, reports.size());
    }

    @Test
    void gradientToleranceStops() {
        OptimizationResult result = new LbfgsOptimizer().minimize(TestFunctions::rosenbrock,
                new double[] {-1.2, 1.0}, new StopCriteria(500, 1e-3, 0.0));

        assertEquals(StopReason.GRADIENT_NORM, result.stopReason());
        assertTrue(result.gradientNorm() <= 1e-3);
        assertTrue(result.message().contains("gradient infinity norm"), result.message());
    }

    @Test
    void relativeChangeStops() {
        List<IterationReport> reports = new ArrayList<>();
        OptimizationResult result = new LbfgsOptimizer().minimize(TestFunctions::rosenbrock,
                new double[] {-1.2, 1.0}, new StopCriteria(500, 0.0, 1e-3), reports::add);

        assertEquals(StopReason.RELATIVE_CHANGE, result.stopReason(), result.message());
        assertTrue(result.converged());
        double before = reports.size() > 1
                ? reports.get(reports.size() - 2).loss() : result.initialLoss();
        double scale = Math.max(Math.max(Math.abs(before), Math.abs(result.loss())), 1);
        assertTrue(Math.abs(before - result.loss()) <= 1e-3 * scale);
    }

    @Test
    void iterationLimitStops() {
        OptimizationResult result = new LbfgsOptimizer().minimize(TestFunctions::rosenbrock,
                new double[] {-1.2, 1.0}, new StopCriteria(3, 0.0, 0.0));

        assertEquals(StopReason.MAX_ITERATIONS, result.stopReason());
        assertEquals(3, result.iterations());
        assertFalse(result.converged());
        assertTrue(result.loss() < result.initialLoss());
    }

    @Test
    void zeroIterationLimitEvaluatesStartOnly() {
        OptimizationResult result = new LbfgsOptimizer().minimize(TestFunctions::rosenbrock,
                new double[] {-1.2, 1.0}, new StopCriteria(0, 1e-9, 0.0));

        assertEquals(StopReason.MAX_ITERATIONS, result.stopReason());
        assertEquals(0, result.iterations());
        assertEquals(1, result.evaluations());
        assertArrayEquals(new double[] {-1.2, 1.0}, result.x());
    }

    @Test
    void wrongGradientFailsLineSearch() {
        // The gradient has the wrong sign, so the steepest descent direction climbs.
        Objective wrong = (x, gradient) -> {
            double value = TestFunctions.rosenbrock(x, gradient);
            for (int i = 0; i < gradient.length; i++) {
                gradient[i] = -gradient[i];
            }
            return value;
        };

        OptimizationResult result = new LbfgsOptimizer().minimize(wrong,
                new double[] {-1.2, 1.0}, StopCriteria.defaults());

        assertEquals(StopReason.LINE_SEARCH_FAILED, result.stopReason());
        assertFalse(result.converged());
        assertEquals(0, result.iterations());
        assertArrayEquals(new double[] {-1.2, 1.0}, result.x());
        assertTrue(result.message().startsWith("line search failed in iteration 1: "),
                result.message());
    }

    @Test
    void failureAfterHistoryResetEndsRun() {
        // Correct gradients for the first 10 evaluations, sign-flipped after: the search with
        // curvature pairs fails, is retried along -g after the reset, and fails again.
        int[] calls = {0};
        Objective turning = (x, gradient) -> {
            calls[0]++;
            double value = TestFunctions.rosenbrock(x, gradient);
            if (calls[0] > 10) {
                for (int i = 0; i < gradient.length; i++) {
                    gradient[i] = -gradient[i];
                }
            }
            return value;
        };
        List<IterationReport> reports = new ArrayList<>();

        OptimizationResult result = new LbfgsOptimizer().minimize(turning,
                new double[] {-1.2, 1.0}, StopCriteria.defaults().withMaxIterations(100),
                reports::add);

        assertEquals(StopReason.LINE_SEARCH_FAILED, result.stopReason(), result.message());
        assertTrue(result.message().contains(", also after clearing the curvature history"),
                result.message());
        assertTrue(result.iterations() >= 1);
        assertTrue(Vectors.allFinite(result.x()));
        int lastReported = reports.get(reports.size() - 1).evaluations();
        assertTrue(result.evaluations() - lastReported > StrongWolfeLineSearch.DEFAULT_MAX_EVALUATIONS,
                "two searches after the last accepted step, used "
                        + (result.evaluations() - lastReported) + " evaluations");
    }

    @Test
    void nanAtStartStops() {
        Objective nan = (x, gradient) -> Double.NaN;

        OptimizationResult result = new LbfgsOptimizer().minimize(nan, new double[] {1, 2},
                StopCriteria.defaults());

        assertEquals(StopReason.NON_FINITE_VALUE, result.stopReason());
        assertEquals(0, result.iterations());
        assertEquals(1, result.evaluations());
        assertArrayEquals(new double[] {1, 2}, result.x());
        assertTrue(Double.isNaN(result.loss()));
        assertTrue(result.message().contains("starting point"), result.message());
    }

    @Test
    void nanGradientAtStartStops() {
        Objective nanGradient = (x, gradient) -> {
            gradient[0] = Double.NaN;
            gradient[1] = 1;
            return 3.0;
        };

        OptimizationResult result = new LbfgsOptimizer().minimize(nanGradient,
                new double[] {1, 2}, StopCriteria.defaults());

        assertEquals(StopReason.NON_FINITE_VALUE, result.stopReason());
        assertArrayEquals(new double[] {1, 2}, result.x());
    }

    @Test
    void nanRegionAvoidedOnWayToMinimum() {
        // Minimum at (0.5, 0.5), NaN where x0 > 0.6. From the origin the first unit-length trial
        // lands at (0.707, 0.707), inside the NaN region.
        Objective walled = (x, gradient) -> {
            if (x[0] > 0.6) {
                gradient[0] = Double.NaN;
                gradient[1] = Double.NaN;
                return Double.NaN;
            }
            gradient[0] = 2 * (x[0] - 0.5);
            gradient[1] = 2 * (x[1] - 0.5);
            return (x[0] - 0.5) * (x[0] - 0.5) + (x[1] - 0.5) * (x[1] - 0.5);
        };

        OptimizationResult result = new LbfgsOptimizer().minimize(walled, new double[2], TIGHT);

        assertEquals(StopReason.GRADIENT_NORM, result.stopReason(), result.message());
        assertArrayEquals(new double[] {0.5, 0.5}, result.x(), 1e-9);
    }

    @Test
    void emptyVectorReturnsAtOnce() {
        List<IterationReport> reports = new ArrayList<>();
        OptimizationResult result = new LbfgsOptimizer().minimize((x, gradient) -> 7.5,
                new double[0], StopCriteria.defaults(), reports::add);

        assertEquals(StopReason.GRADIENT_NORM, result.stopReason());
        assertEquals(0, result.x().length);
        assertEquals(7.5, result.loss());
        assertEquals(0, result.iterations());
        assertEquals(1, result.evaluations());
        assertTrue(reports.isEmpty());
    }

    @Test
    void startingPointNotModified() {
        double[] x0 = {-1.2, 1.0};

        new LbfgsOptimizer().minimize(TestFunctions::rosenbrock, x0, TIGHT);

        assertArrayEquals(new double[] {-1.2, 1.0}, x0);
    }

    @Test
    void nonFiniteStartRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new LbfgsOptimizer().minimize(TestFunctions::rosenbrock,
                        new double[] {0, Double.POSITIVE_INFINITY}, TIGHT));

        assertEquals("Starting point x0[1] is Infinity, but every component must be finite",
                error.getMessage());
    }

    @Test
    void historySizeBelowOneRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new LbfgsOptimizer(0));

        assertEquals("L-BFGS history size must be at least 1, got 0", error.getMessage());
    }
}
