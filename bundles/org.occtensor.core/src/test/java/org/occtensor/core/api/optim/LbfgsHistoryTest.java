package org.occtensor.core.api.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LbfgsHistoryTest {

    private static final int N = 6;

    /** Curvature pairs (s, y = A s) of a random positive definite quadratic. */
    private final TestFunctions.Quadratic quadratic = TestFunctions.Quadratic.random(N, 3);
    private final Random random = new Random(17);

    @Test
    void emptyHistoryGivesSteepestDescent() {
        LbfgsHistory history = new LbfgsHistory(3, N);
        double[] g = randomVector();
        double[] direction = new double[N];

        history.direction(g, direction);

        assertArrayEquals(negate(g), direction, 0.0);
    }

    @Test
    void newestPairSatisfiesSecantEquation() {
        // The update makes H y = s hold exactly for the newest pair, so -H y_newest = -s_newest.
        LbfgsHistory history = new LbfgsHistory(3, N);
        double[][] pair = null;
        for (int k = 0; k < 5; k++) {
            pair = addRandomPair(history);
        }
        double[] direction = new double[N];

        history.direction(pair[1], direction);

        assertArrayEquals(negate(pair[0]), direction, 1e-10);
    }

    @Test
    void singlePairScalesByGamma() {
        // With one pair and g orthogonal to s and y, H g = gamma g with gamma = s.y / y.y.
        LbfgsHistory history = new LbfgsHistory(3, 3);
        double[] zero = new double[3];
        history.add(zero, new double[] {1, 0, 0}, zero, new double[] {2, 1, 0});
        double[] direction = new double[3];

        history.direction(new double[] {0, 0, 1}, direction);

        assertArrayEquals(new double[] {0, 0, -0.4}, direction, 1e-15);
    }

    @Test
    void oldestPairDroppedWhenFull() {
        LbfgsHistory full = new LbfgsHistory(2, N);
        LbfgsHistory lastTwo = new LbfgsHistory(2, N);
        addRandomPair(full);
        double[][] second = addRandomPair(full);
        double[][] third = addRandomPair(full);
        addPair(lastTwo, second);
        addPair(lastTwo, third);
        double[] g = randomVector();
        double[] expected = new double[N];
        double[] actual = new double[N];

        lastTwo.direction(g, expected);
        full.direction(g, actual);

        assertEquals(2, full.size());
        assertArrayEquals(expected, actual, 1e-12);
    }

    @Test
    void pairWithoutPositiveCurvatureSkippedAndKeepsHistory() {
        LbfgsHistory history = new LbfgsHistory(2, N);
        LbfgsHistory reference = new LbfgsHistory(2, N);
        addPair(reference, addRandomPair(history));
        addPair(reference, addRandomPair(history));
        double[] s = randomVector();
        double[] zero = new double[N];

        boolean added = history.add(zero, s, zero, negate(s));

        assertFalse(added);
        assertEquals(2, history.size());
        double[] g = randomVector();
        double[] expected = new double[N];
        double[] actual = new double[N];
        reference.direction(g, expected);
        history.direction(g, actual);
        assertArrayEquals(expected, actual, 0.0);
    }

    @Test
    void clearEmptiesHistory() {
        LbfgsHistory history = new LbfgsHistory(2, N);
        addRandomPair(history);

        history.clear();

        assertTrue(history.isEmpty());
        double[] g = randomVector();
        double[] direction = new double[N];
        history.direction(g, direction);
        assertArrayEquals(negate(g), direction, 0.0);
    }

    /** Adds a pair with s random and y = A s, and returns {s, y}. */
    private double[][] addRandomPair(LbfgsHistory history) {
        double[] s = randomVector();
        double[] y = new double[N];
        quadratic.evaluate(plus(quadratic.minimiser(), s), y);
        double[][] pair = {s, y};
        addPair(history, pair);
        return pair;
    }

    private static void addPair(LbfgsHistory history, double[][] pair) {
        double[] zero = new double[pair[0].length];
        assertTrue(history.add(zero, pair[0], zero, pair[1]), "pair has positive curvature");
    }

    private double[] randomVector() {
        double[] v = new double[N];
        for (int i = 0; i < N; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }

    private static double[] plus(double[] a, double[] b) {
        double[] sum = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    private static double[] negate(double[] v) {
        double[] negative = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            negative[i] = -v[i];
        }
        return negative;
    }
}
