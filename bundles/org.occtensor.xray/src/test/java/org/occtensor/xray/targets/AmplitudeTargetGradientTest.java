package org.occtensor.xray.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** dT/d|F_model| of the amplitude targets against central differences, centric and acentric. */
class AmplitudeTargetGradientTest {

    @Test
    void leastSquaresGradient() {
        TargetData data = randomData(new Random(5), 200);
        checkGradient(new LeastSquaresTarget(data), data, new Random(6));
    }

    @Test
    void maximumLikelihoodGradient() {
        Random random = new Random(8);
        TargetData data = randomData(random, 300);
        double[] model = modelAmplitudes(data, random);
        AlphaBeta parameters = AlphaBeta.estimate(data, model);
        checkGradient(new MaximumLikelihoodTarget(data, parameters.alpha(), parameters.beta()), data, new Random(9));
    }

    @Test
    void alphaBetaRecoverSimulatedError() {
        // F_obs = |alpha F_c + error| with complex Gaussian error of variance beta: the estimate should be
        // close to the simulated alpha = 0.8 and beta = 400 on average over the bins of 100 reflections,
        // and each bin within the scatter such small samples give.
        Random random = new Random(12);
        int n = 4000;
        double[] fobs = new double[n];
        double[] fc = new double[n];
        boolean[] free = new boolean[n];
        boolean[] work = new boolean[n];
        boolean[] centric = new boolean[n];
        int[] epsilon = new int[n];
        double[] s2 = new double[n];
        for (int r = 0; r < n; r++) {
            double amplitude = 10 + 60 * random.nextDouble();
            double phase = 2 * Math.PI * random.nextDouble();
            double re = 0.8 * amplitude * Math.cos(phase) + random.nextGaussian() * Math.sqrt(200.0);
            double im = 0.8 * amplitude * Math.sin(phase) + random.nextGaussian() * Math.sqrt(200.0);
            fc[r] = amplitude;
            fobs[r] = Math.hypot(re, im);
            free[r] = true;
            epsilon[r] = 1;
            s2[r] = 0.1;
        }
        TargetData data = new TargetData(fobs, work, free, centric, epsilon, s2);

        AlphaBeta parameters = AlphaBeta.estimate(data, fc);

        assertEquals(0.8, Arrays.stream(parameters.binAlpha()).average().orElseThrow(), 0.02);
        assertEquals(400.0, Arrays.stream(parameters.binBeta()).average().orElseThrow(), 20.0);
        for (double a : parameters.binAlpha()) {
            assertEquals(0.8, a, 0.15);
        }
    }

    private static void checkGradient(AmplitudeTarget target, TargetData data, Random random) {
        double[] amplitude = modelAmplitudes(data, random);
        double[] gradient = new double[data.size()];
        target.evaluate(amplitude, gradient);
        double[] scratch = new double[data.size()];
        for (int r = 0; r < data.size(); r += 7) {
            double step = 1e-5 * Math.max(1.0, amplitude[r]);
            double[] plus = amplitude.clone();
            double[] minus = amplitude.clone();
            plus[r] += step;
            minus[r] -= step;
            double numeric = (target.evaluate(plus, scratch) - target.evaluate(minus, scratch)) / (2 * step);
            assertEquals(numeric, gradient[r], 1e-6 * Math.max(1e-3, Math.abs(numeric)), "reflection " + r);
        }
    }

    private static double[] modelAmplitudes(TargetData data, Random random) {
        double[] model = new double[data.size()];
        for (int r = 0; r < model.length; r++) {
            model[r] = data.fobs()[r] * (0.7 + 0.6 * random.nextDouble()) + 1.0;
        }
        return model;
    }

    private static TargetData randomData(Random random, int n) {
        double[] fobs = new double[n];
        boolean[] work = new boolean[n];
        boolean[] free = new boolean[n];
        boolean[] centric = new boolean[n];
        int[] epsilon = new int[n];
        double[] s2 = new double[n];
        for (int r = 0; r < n; r++) {
            fobs[r] = 5 + 100 * random.nextDouble();
            free[r] = r % 3 == 0;
            work[r] = !free[r];
            centric[r] = r % 5 == 0;
            epsilon[r] = r % 11 == 0 ? 2 : 1;
            s2[r] = 0.01 + 0.3 * random.nextDouble();
        }
        return new TargetData(fobs, work, free, centric, epsilon, s2);
    }
}
