package org.occtensor.core.api.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Checks the analytic gradients of the test objectives against central differences. */
class TestFunctionsTest {

    private static final double STEP = 1e-6;

    @Test
    void rosenbrockGradientMatchesCentralDifferences() {
        assertGradient(TestFunctions::rosenbrock, new double[] {-1.2, 1.0});
        assertGradient(TestFunctions::rosenbrock, new double[] {0.3, -0.7});
    }

    @Test
    void extendedRosenbrockGradientMatchesCentralDifferences() {
        Random random = new Random(11);
        double[] x = new double[10];
        for (int i = 0; i < x.length; i++) {
            x[i] = -2 + 4 * random.nextDouble();
        }
        assertGradient(TestFunctions::extendedRosenbrock, x);
    }

    @Test
    void quadraticGradientMatchesCentralDifferences() {
        TestFunctions.Quadratic quadratic = TestFunctions.Quadratic.random(8, 5);
        assertGradient(quadratic, new double[] {1, -1, 0.5, 2, 0, -3, 0.25, 1.5});
    }

    @Test
    void weightedDistanceGradientMatchesCentralDifferences() {
        Objective objective = TestFunctions.weightedDistance(
                new double[] {1, 4, 0.25}, new double[] {-0.8, 0.4, 2.2});
        assertGradient(objective, new double[] {0.1, -0.3, 1.0});
    }

    private static void assertGradient(Objective objective, double[] x) {
        double[] analytic = new double[x.length];
        objective.evaluate(x, analytic);
        double[] numeric = TestFunctions.centralDifference(objective, x, STEP);
        for (int i = 0; i < x.length; i++) {
            double tolerance = 1e-6 * Math.max(1, Math.abs(analytic[i]));
            assertEquals(analytic[i], numeric[i], tolerance, "gradient component " + i);
        }
    }
}
