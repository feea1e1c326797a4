package org.occtensor.core.api.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StopCriteriaTest {

    @Test
    void defaultsAreDocumentedValues() {
        StopCriteria defaults = StopCriteria.defaults();

        assertEquals(25, defaults.maxIterations());
        assertEquals(1e-5, defaults.gradientTolerance());
        assertEquals(1e-8, defaults.relativeTolerance());
    }

    @Test
    void withMethodsChangeOneField() {
        StopCriteria criteria = StopCriteria.defaults()
                .withMaxIterations(7).withGradientTolerance(0).withRelativeTolerance(1e-3);

        assertEquals(new StopCriteria(7, 0, 1e-3), criteria);
    }

    @Test
    void invalidValuesRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new StopCriteria(-1, 1e-5, 1e-8));
        assertEquals("maxIterations must be at least 0, got -1", error.getMessage());

        error = assertThrows(IllegalArgumentException.class,
                () -> new StopCriteria(10, Double.NaN, 1e-8));
        assertEquals("gradientTolerance must be finite and at least 0, got NaN",
                error.getMessage());

        assertThrows(IllegalArgumentException.class, () -> new StopCriteria(10, -1e-5, 1e-8));
        assertThrows(IllegalArgumentException.class,
                () -> new StopCriteria(10, 1e-5, Double.POSITIVE_INFINITY));
    }

    @Test
    void relativeChangeUsesFloorOfOne() {
        StopCriteria criteria = new StopCriteria(100, 0, 1e-3);

        // Near zero the test is absolute: a change of 5e-4 passes, 2e-3 does not.
        assertEquals(StopReason.RELATIVE_CHANGE,
                Stop.afterIteration(criteria, 1, 1e-3, 5e-4, 1).reason());
        assertEquals(null, Stop.afterIteration(criteria, 1, 3e-3, 1e-3, 1));
        // For large losses it is relative: 1e6 to 999500 passes.
        assertEquals(StopReason.RELATIVE_CHANGE,
                Stop.afterIteration(criteria, 1, 1e6, 999_500, 1).reason());
    }

    @Test
    void gradientTestComesFirst() {
        StopCriteria criteria = new StopCriteria(1, 1e-3, 1e-3);

        Stop stop = Stop.afterIteration(criteria, 1, 1.0, 1.0, 1e-4);

        assertEquals(StopReason.GRADIENT_NORM, stop.reason());
    }

    @Test
    void convergenceReasons() {
        assertTrue(StopReason.GRADIENT_NORM.isConvergence());
        assertTrue(StopReason.RELATIVE_CHANGE.isConvergence());
        assertFalse(StopReason.MAX_ITERATIONS.isConvergence());
        assertFalse(StopReason.LINE_SEARCH_FAILED.isConvergence());
        assertFalse(StopReason.NON_FINITE_VALUE.isConvergence());
    }
}
