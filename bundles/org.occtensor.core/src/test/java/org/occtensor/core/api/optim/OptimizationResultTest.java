package org.occtensor.core.api.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OptimizationResultTest {

    @Test
    void pointIsCopiedInAndOut() {
        double[] x = {1, 2};
        OptimizationResult result = new OptimizationResult(x, 0.5, 1.0, 1e-6, 3, 4,
                StopReason.GRADIENT_NORM, "done");

        x[0] = 99;
        double[] out = result.x();
        out[1] = 99;

        assertEquals(1, result.x()[0]);
        assertEquals(2, result.x()[1]);
        assertNotSame(result.x(), result.x());
    }

    @Test
    void equalResultsCompareEqual() {
        OptimizationResult a = new OptimizationResult(new double[] {1, 2}, 0.5, 1.0, 1e-6, 3, 4,
                StopReason.GRADIENT_NORM, "done");
        OptimizationResult b = new OptimizationResult(new double[] {1, 2}, 0.5, 1.0, 1e-6, 3, 4,
                StopReason.GRADIENT_NORM, "done");

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void toStringShowsLengthNotValues() {
        OptimizationResult result = new OptimizationResult(new double[1000], 0.5, 1.0, 1e-6, 3,
                4, StopReason.MAX_ITERATIONS, "reached the iteration limit of 3");

        assertTrue(result.toString().startsWith("OptimizationResult[x=double[1000], loss=0.5"),
                result.toString());
    }
}
