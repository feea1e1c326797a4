package org.occtensor.xray.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Which reflections alpha and beta come from: the test set when it contains at least
 * {@link AlphaBeta#MIN_TEST_REFLECTIONS} reflections, the work set otherwise. The two sets are
 * simulated with different alpha (0.9 for work, 0.5 for test) so the estimate shows which one was used.
 */
class AlphaBetaSetChoiceTest {

    private static final double WORK_ALPHA = 0.9;
    private static final double TEST_ALPHA = 0.5;

    @Test
    void smallTestSetUsesWorkSet() {
        double[] fc = new double[3000];
        TargetData data = simulate(fc, AlphaBeta.MIN_TEST_REFLECTIONS - 1, new Random(21));

        AlphaBeta parameters = AlphaBeta.estimate(data, fc);

        assertEquals(WORK_ALPHA, meanAlpha(parameters), 0.05);
    }

    @Test
    void minimumTestSetIsUsed() {
        double[] fc = new double[3000];
        TargetData data = simulate(fc, AlphaBeta.MIN_TEST_REFLECTIONS, new Random(22));

        AlphaBeta parameters = AlphaBeta.estimate(data, fc);

        assertEquals(TEST_ALPHA, meanAlpha(parameters), 0.05);
    }

    private static double meanAlpha(AlphaBeta parameters) {
        return Arrays.stream(parameters.binAlpha()).average().orElseThrow();
    }

    /**
     * Simulates F_obs = |alpha F_c + error| with error variance 200 per component. The first
     * {@code testCount} reflections form the test set.
     */
    private static TargetData simulate(double[] fc, int testCount, Random random) {
        int n = fc.length;
        double[] fobs = new double[n];
        boolean[] work = new boolean[n];
        boolean[] free = new boolean[n];
        int[] epsilon = new int[n];
        double[] s2 = new double[n];
        for (int r = 0; r < n; r++) {
            free[r] = r < testCount;
            work[r] = !free[r];
            double alpha = free[r] ? TEST_ALPHA : WORK_ALPHA;
            double amplitude = 10 + 60 * random.nextDouble();
            double phase = 2 * Math.PI * random.nextDouble();
            double re = alpha * amplitude * Math.cos(phase) + random.nextGaussian() * Math.sqrt(200.0);
            double im = alpha * amplitude * Math.sin(phase) + random.nextGaussian() * Math.sqrt(200.0);
            fc[r] = amplitude;
            fobs[r] = Math.hypot(re, im);
            epsilon[r] = 1;
            s2[r] = 0.02 + 0.2 * random.nextDouble();
        }
        return new TargetData(fobs, work, free, new boolean[n], epsilon, s2);
    }
}
