package org.occtensor.core.api.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdamOptimizerTest {

    /** f(x) = (x - 3)^2 in 1-D. */
    private static final Objective PARABOLA = (x, gradient) -> {
        gradient[0] = 2 * (x[0] - 3);
        return (x[0] - 3) * (x[0] - 3);
    };

    @Test
    void firstTwoStepsMatchHandComputation() {
        // Step 1: g = -6, m = -0.6, v = 0.036. Bias correction gives m^ = -6, v^ = 36, so
        // x1 = 0.05 * 6 / (6 + 1e-8).
        // Step 2: g = 2 (x1 - 3), m = 0.9 m + 0.1 g = -1.13, v = 0.999 v + 0.001 g^2 = 0.070774;
        // m^ = m / 0.19, v^ = v / 0.001999, x2 = x1 - 0.05 m^ / (sqrt(v^) + 1e-8).
        List<IterationReport> reports = new ArrayList<>();
        OptimizationResult result = new AdamOptimizer().minimize(PARABOLA, new double[] {0},
                new StopCriteria(2, 0.0, 0.0), reports::add);

        double x1 = 0.05 * 6 / (6 + 1e-8);
        assertEquals(2, reports.size());
        assertEquals((x1 - 3) * (x1 - 3), reports.get(0).loss(), 1e-15);
        assertEquals(x1, reports.get(0).stepLength(), 1e-15);
        assertEquals(0.0999763312613705, result.x()[0], 1e-12);
        assertEquals(3, result.evaluations());
    }

    @Test
    void firstStepIsLearningRateTimesGradientSign() {
        double[] x0 = {1, -2, 0.5};
        double[] gradient = {4e-3, -250, 0};
        Objective linear = (x, g) -> {
            System.arraycopy(gradient, 0, g, 0, g.length);
            return Vectors.dot(gradient, x);
        };

        OptimizationResult result = new AdamOptimizer(0.1, 0.9, 0.999, 1e-8).minimize(linear, x0,
                new StopCriteria(1, 0.0, 0.0));

        double[] x1 = result.x();
        assertEquals(1 - 0.1 * 4e-3 / (4e-3 + 1e-8), x1[0], 1e-15);
        assertEquals(-2 + 0.1 * 250 / (250 + 1e-8), x1[1], 1e-15);
        assertEquals(0.5, x1[2], 0.0);
    }

    @Test
    void recoversQuadraticTarget() {
        // Logits of occupancies 0.2, 0.5, 0.8 and 0.95 with unequal curvature.
        double[] target = {Math.log(0.2 / 0.8), 0, Math.log(0.8 / 0.2), Math.log(0.95 / 0.05)};
        double[] weights = {1, 10, 0.5, 3};
        Objective objective = TestFunctions.weightedDistance(weights, target);

        OptimizationResult result = new AdamOptimizer().minimize(objective, new double[4],
                new StopCriteria(5000, 1e-6, 0.0));

        assertEquals(StopReason.GRADIENT_NORM, result.stopReason(), result.message());
        assertArrayEquals(target, result.x(), 1e-5);
    }

    @Test
    void listenerCalledOncePerIteration() {
        List<IterationReport> reports = new ArrayList<>();
        OptimizationResult result = new AdamOptimizer().minimize(PARABOLA, new double[] {0},
                new StopCriteria(40, 0.0, 0.0), reports::add);

        assertEquals(40, result.iterations());
        assertEquals(40, reports.size());
        for (int i = 0; i < reports.size(); i++) {
            assertEquals(i + 1, reports.get(i).iteration());
            assertEquals(i + 2, reports.get(i).evaluations());
        }
        assertEquals(result.loss(), reports.get(39).loss());
    }

    @Test
    void iterationLimitStops() {
        OptimizationResult result = new AdamOptimizer().minimize(PARABOLA, new double[] {0},
                new StopCriteria(10, 1e-6, 1e-12));

        assertEquals(StopReason.MAX_ITERATIONS, result.stopReason());
        assertEquals(10, result.iterations());
        assertFalse(result.converged());
    }

    @Test
    void relativeChangeStops() {
        OptimizationResult result = new AdamOptimizer().minimize(PARABOLA, new double[] {0},
                new StopCriteria(5000, 0.0, 1e-4));

        assertEquals(StopReason.RELATIVE_CHANGE, result.stopReason(), result.message());
        assertTrue(result.converged());
    }

    @Test
    void gradientToleranceStops() {
        OptimizationResult result = new AdamOptimizer().minimize(PARABOLA, new double[] {0},
                new StopCriteria(5000, 1e-4, 0.0));

        assertEquals(StopReason.GRADIENT_NORM, result.stopReason(), result.message());
        assertTrue(result.gradientNorm() <= 1e-4);
        assertEquals(3, result.x()[0], 5e-5);
    }

    @Test
    void nanAtStartStops() {
        OptimizationResult result = new AdamOptimizer().minimize((x, g) -> Double.NaN,
                new double[] {1}, StopCriteria.defaults());

        assertEquals(StopReason.NON_FINITE_VALUE, result.stopReason());
        assertEquals(0, result.iterations());
        assertArrayEquals(new double[] {1}, result.x());
    }

    @Test
    void nanMidRunReturnsLastFinitePoint() {
        // NaN beyond x = 0.3, on the way to the minimum at 3. Adam moves about 0.05 per step.
        Objective walled = (x, gradient) -> {
            if (x[0] > 0.3) {
                gradient[0] = 0;
                return Double.NaN;
            }
            return PARABOLA.evaluate(x, gradient);
        };
        List<IterationReport> reports = new ArrayList<>();

        OptimizationResult result = new AdamOptimizer().minimize(walled, new double[] {0},
                StopCriteria.defaults(), reports::add);

        assertEquals(StopReason.NON_FINITE_VALUE, result.stopReason());
        assertTrue(result.x()[0] <= 0.3, "x = " + result.x()[0]);
        assertTrue(result.x()[0] > 0.2, "x = " + result.x()[0]);
        assertEquals(reports.size(), result.iterations());
        assertEquals(result.iterations() + 2, result.evaluations());
        assertEquals(reports.get(reports.size() - 1).loss(), result.loss());
        assertTrue(result.message().contains("iteration " + (result.iterations() + 1)),
                result.message());
    }

    @Test
    void emptyVectorReturnsAtOnce() {
        OptimizationResult result = new AdamOptimizer().minimize((x, g) -> 2.0, new double[0],
                StopCriteria.defaults());

        assertEquals(StopReason.GRADIENT_NORM, result.stopReason());
        assertEquals(0, result.iterations());
        assertEquals(1, result.evaluations());
        assertEquals(2.0, result.loss());
    }

    @Test
    void startingPointNotModified() {
        double[] x0 = {0.25};

        new AdamOptimizer().minimize(PARABOLA, x0, StopCriteria.defaults());

        assertArrayEquals(new double[] {0.25}, x0);
    }

    @Test
    void invalidSettingsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AdamOptimizer(0, 0.9, 0.999, 1e-8));
        assertThrows(IllegalArgumentException.class,
                () -> new AdamOptimizer(Double.NaN, 0.9, 0.999, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> new AdamOptimizer(0.1, 1, 0.999, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> new AdamOptimizer(0.1, 0.9, -0.1, 1e-8));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new AdamOptimizer(0.1, 0.9, 0.999, 0));
        assertEquals("Adam epsilon must be finite and greater than 0, got 0.0", error.getMessage());
    }

    @Test
    void defaultSettingsAreKingmaBaWithLogitStep() {
        AdamOptimizer adam = new AdamOptimizer();

        assertEquals(0.05, adam.learningRate());
        assertEquals(0.9, adam.beta1());
        assertEquals(0.999, adam.beta2());
        assertEquals(1e-8, adam.epsilon());
    }
}
