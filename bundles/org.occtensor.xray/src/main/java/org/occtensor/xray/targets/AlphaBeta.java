package org.occtensor.xray.targets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.occtensor.xray.scaling.GoldenSection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The likelihood parameters alpha (the sigma-A-like fraction of F_model that is right) and beta (the
 * variance of the error per epsilon) in resolution bins, estimated from the test-set reflections as
 * cctbx's mmtbx.max_lik does after Lunin and Skovoroda (1995), Acta Cryst. A51, 880-887, so that the
 * work set they are applied to does not bias them. A test set of fewer than
 * {@value #MIN_TEST_REFLECTIONS} reflections fills fewer than three bins, too few to follow how alpha
 * and beta fall with resolution, so the work set is used instead. cctbx's mmtbx.f_model switches at the
 * same count when the data reach d spacings above 15 angstrom.
 *
 * <p>In each bin beta follows from alpha through the second moment, mean(Fo^2 / epsilon) =
 * alpha^2 mean(Fc^2 / epsilon) + beta, which holds for centric and acentric reflections alike, and
 * alpha maximises the likelihood of the bin's amplitudes (a grid search refined by golden section).
 */
public final class AlphaBeta {

    /** Reflections per estimation bin. */
    public static final int REFLECTIONS_PER_BIN = 100;

    /** Minimum test-set size for estimating alpha and beta from the test set. */
    public static final int MIN_TEST_REFLECTIONS = 300;

    private static final Logger LOG = LoggerFactory.getLogger(AlphaBeta.class);
    private static final int GRID = 50;

    private final double[] alpha;
    private final double[] beta;
    private final double[] binAlpha;
    private final double[] binBeta;

    private AlphaBeta(double[] alpha, double[] beta, double[] binAlpha, double[] binBeta) {
        this.alpha = alpha;
        this.beta = beta;
        this.binAlpha = binAlpha;
        this.binBeta = binBeta;
    }

    /**
     * Estimates alpha and beta for every reflection.
     *
     * @param amplitude |F_model| per reflection (not modified)
     */
    public static AlphaBeta estimate(TargetData data, double[] amplitude) {
        List<Integer> set = usable(data, amplitude, data.free());
        if (set.size() < MIN_TEST_REFLECTIONS) {
            LOG.info("only {} test-set reflections (fewer than {}): alpha and beta are estimated from the work set",
                    set.size(), MIN_TEST_REFLECTIONS);
            set = usable(data, amplitude, data.work());
        }
        if (set.isEmpty()) {
            throw new IllegalArgumentException("no reflection with positive observed and model amplitudes");
        }
        set.sort(Comparator.comparingDouble(r -> data.inverseDSquared()[r]));
        int bins = Math.max(1, set.size() / REFLECTIONS_PER_BIN);
        double[] upper = new double[bins];
        double[] binAlpha = new double[bins];
        double[] binBeta = new double[bins];
        for (int b = 0; b < bins; b++) {
            int from = (int) ((long) set.size() * b / bins);
            int to = (int) ((long) set.size() * (b + 1) / bins);
            List<Integer> members = set.subList(from, to);
            double[] estimate = estimateBin(data, amplitude, members);
            binAlpha[b] = estimate[0];
            binBeta[b] = estimate[1];
            upper[b] = b + 1 < bins
                    ? 0.5 * (data.inverseDSquared()[set.get(to - 1)] + data.inverseDSquared()[set.get(to)])
                    : Double.POSITIVE_INFINITY;
        }
        double[] alpha = new double[data.size()];
        double[] beta = new double[data.size()];
        for (int r = 0; r < data.size(); r++) {
            int b = 0;
            while (data.inverseDSquared()[r] > upper[b]) {
                b++;
            }
            alpha[r] = binAlpha[b];
            beta[r] = binBeta[b];
        }
        return new AlphaBeta(alpha, beta, binAlpha, binBeta);
    }

    /** alpha per reflection. */
    public double[] alpha() {
        return alpha;
    }

    /** beta per reflection, in the units of F^2. */
    public double[] beta() {
        return beta;
    }

    /** alpha per estimation bin, low resolution first. */
    public double[] binAlpha() {
        return binAlpha.clone();
    }

    /** beta per estimation bin, low resolution first. */
    public double[] binBeta() {
        return binBeta.clone();
    }

    private static List<Integer> usable(TargetData data, double[] amplitude, boolean[] selection) {
        List<Integer> list = new ArrayList<>();
        for (int r = 0; r < data.size(); r++) {
            if (selection[r] && data.fobs()[r] > 0 && amplitude[r] > 0) {
                list.add(r);
            }
        }
        return list;
    }

    /** Returns {alpha, beta} for one bin. */
    private static double[] estimateBin(TargetData data, double[] amplitude, List<Integer> members) {
        int n = members.size();
        double[] fo = new double[n];
        double[] fc = new double[n];
        double[] eps = new double[n];
        boolean[] centric = new boolean[n];
        double sumFo2 = 0.0;
        double sumFc2 = 0.0;
        for (int i = 0; i < n; i++) {
            int r = members.get(i);
            fo[i] = data.fobs()[r];
            fc[i] = amplitude[r];
            eps[i] = data.epsilon()[r];
            centric[i] = data.centric()[r];
            sumFo2 += fo[i] * fo[i] / eps[i];
            sumFc2 += fc[i] * fc[i] / eps[i];
        }
        double alphaMax = Math.sqrt(sumFo2 / sumFc2) * (1.0 - 1e-6);
        double meanFo2 = sumFo2 / n;
        double meanFc2 = sumFc2 / n;
        DoubleUnaryOperator negativeLogLikelihood = a -> {
            double b = meanFo2 - a * a * meanFc2;
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                sum += MaximumLikelihoodTarget.reflectionTerm(fo[i], fc[i], a, eps[i] * b, centric[i]);
            }
            return sum;
        };
        int best = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int g = 0; g <= GRID; g++) {
            double value = negativeLogLikelihood.applyAsDouble(alphaMax * g / GRID);
            if (value < bestValue) {
                bestValue = value;
                best = g;
            }
        }
        double lo = alphaMax * Math.max(0, best - 1) / GRID;
        double hi = alphaMax * Math.min(GRID, best + 1) / GRID;
        double a = GoldenSection.minimize(negativeLogLikelihood, lo, hi, 40);
        if (negativeLogLikelihood.applyAsDouble(a) > bestValue) {
            a = alphaMax * best / GRID;
        }
        return new double[] {a, meanFo2 - a * a * meanFc2};
    }

    @Override
    public String toString() {
        return "alpha " + Arrays.toString(binAlpha) + ", beta " + Arrays.toString(binBeta);
    }
}
