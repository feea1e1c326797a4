package org.occtensor.xray.data;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.occtensor.xray.structure.CellGeometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Amplitudes from measured intensities by the Bayesian method of French and Wilson (1978),
 * Acta Cryst. A34, 517-525.
 *
 * <p>The prior on the true intensity J is Wilson's distribution with mean S = epsilon * &lt;I/epsilon&gt;,
 * where the mean is taken over reflections in a resolution bin: p(J) = exp(-J/S)/S for acentric
 * reflections and p(J) = exp(-J/(2S)) / sqrt(2 pi S J) for centric ones. The likelihood of the measured
 * I is normal with standard deviation sigma(I). The amplitude is the posterior mean of sqrt(J) and its
 * sigma the posterior standard deviation of sqrt(J). With F = sqrt(J) both posteriors become smooth
 * in F, F^k exp(-(F^2 - mu)^2 / (2 sigma^2)) with k = 1, mu = I - sigma^2/S (acentric) or k = 0,
 * mu = I - sigma^2/(2S) (centric), and are integrated numerically by Simpson's rule instead of
 * French and Wilson's tables.
 *
 * <p>Bin means are interpolated linearly in 1/d^2 between bin centres, so the prior does not jump at
 * bin edges. Reflections are not rejected for being very negative (French and Wilson's h &lt; -4 test);
 * their count is returned so that callers can report it.
 */
public final class FrenchWilson {

    private static final Logger LOG = LoggerFactory.getLogger(FrenchWilson.class);

    /** Reflections per resolution bin for the mean intensity; an estimate balancing noise and falloff. */
    static final int REFLECTIONS_PER_BIN = 200;
    static final int MAX_BINS = 60;
    private static final int SIMPSON_INTERVALS = 256;

    /**
     * Result of a conversion.
     *
     * @param amplitude         posterior mean of F per reflection
     * @param sigma             posterior standard deviation of F per reflection
     * @param bins              number of resolution bins used for the prior
     * @param centric           number of centric reflections
     * @param veryNegative      reflections with (I - sigma^2/S)/sigma below -4, the limit of French and
     *                          Wilson's tables (kept, counted for the report)
     */
    public record Result(double[] amplitude, double[] sigma, int bins, int centric, int veryNegative) {
    }

    private FrenchWilson() {
    }

    /**
     * Converts intensities to amplitudes.
     *
     * @param hkl        Miller indices, 3 per reflection (not modified)
     * @param intensity  measured intensities (not modified)
     * @param sigma      their sigmas, all positive (not modified)
     * @param metric     the data's reciprocal metric
     * @param centricity centric flags and epsilon factors of the data's space group
     */
    public static Result convert(int[] hkl, double[] intensity, double[] sigma, CellGeometry metric,
                                 CentricityProvider centricity) {
        int n = intensity.length;
        if (hkl.length != 3 * n || sigma.length != n) {
            throw new IllegalArgumentException("array lengths differ: " + hkl.length / 3 + " indices, " + n
                    + " intensities, " + sigma.length + " sigmas");
        }
        if (n == 0) {
            return new Result(new double[0], new double[0], 0, 0, 0);
        }

        double[] s2 = new double[n];
        int[] epsilon = new int[n];
        boolean[] centric = new boolean[n];
        int centricCount = 0;
        for (int i = 0; i < n; i++) {
            int h = hkl[3 * i];
            int k = hkl[3 * i + 1];
            int l = hkl[3 * i + 2];
            s2[i] = metric.inverseDSquared(h, k, l);
            epsilon[i] = centricity.epsilon(h, k, l);
            centric[i] = centricity.isCentric(h, k, l);
            centricCount += centric[i] ? 1 : 0;
        }
        BinnedMean prior = BinnedMean.of(s2, intensity, sigma, epsilon);

        double[] amplitude = new double[n];
        double[] amplitudeSigma = new double[n];
        int veryNegative = 0;
        for (int i = 0; i < n; i++) {
            double wilsonMean = epsilon[i] * prior.at(s2[i]);
            double[] moments = posterior(intensity[i], sigma[i], wilsonMean, centric[i]);
            amplitude[i] = moments[0];
            amplitudeSigma[i] = moments[1];
            if ((intensity[i] - sigma[i] * sigma[i] / wilsonMean) / sigma[i] < -4.0) {
                veryNegative++;
            }
        }
        LOG.debug("French-Wilson: {} reflections ({} centric) in {} bins, {} with h < -4", n, centricCount,
                prior.bins(), veryNegative);
        return new Result(amplitude, amplitudeSigma, prior.bins(), centricCount, veryNegative);
    }

    /**
     * Returns {E[F], sd(F)} for one reflection.
     *
     * @param i          measured intensity
     * @param sigma      its sigma, positive
     * @param wilsonMean expected intensity S (epsilon included), positive
     * @param centric    true for a centric reflection
     */
    static double[] posterior(double i, double sigma, double wilsonMean, boolean centric) {
        double mu = centric ? i - sigma * sigma / (2.0 * wilsonMean) : i - sigma * sigma / wilsonMean;
        int power = centric ? 0 : 1;

        // Range of J = F^2 that contains the posterior: +-10 sigma around mu when mu is above -sigma. When
        // mu is far below zero, the density decays from J = 0 as exp(-J |mu| / sigma^2).
        double lowJ = Math.max(0.0, mu - 10.0 * sigma);
        double highJ = mu > -sigma ? Math.max(mu, 0.0) + 10.0 * sigma : 30.0 * sigma * sigma / -mu;
        double low = Math.sqrt(lowJ);
        double high = Math.sqrt(highJ);
        double peak = Math.max(mu, 0.0);
        double step = (high - low) / SIMPSON_INTERVALS;

        double m0 = 0.0;
        double m1 = 0.0;
        double m2 = 0.0;
        for (int j = 0; j <= SIMPSON_INTERVALS; j++) {
            double f = low + j * step;
            double x = f * f;
            // Exponent relative to its maximum over J >= 0 (at J = max(mu, 0)) avoids underflow.
            double exponent = ((peak - mu) * (peak - mu) - (x - mu) * (x - mu)) / (2.0 * sigma * sigma);
            double weight = (j == 0 || j == SIMPSON_INTERVALS) ? 1.0 : (j % 2 == 1 ? 4.0 : 2.0);
            double density = weight * Math.exp(exponent) * (power == 1 ? f : 1.0);
            m0 += density;
            m1 += density * f;
            m2 += density * x;
        }
        double mean = m1 / m0;
        double variance = Math.max(m2 / m0 - mean * mean, 0.0);
        return new double[] {mean, Math.sqrt(variance)};
    }

    /** Mean of I/epsilon in resolution bins of equal count, interpolated in 1/d^2. */
    record BinnedMean(double[] centre, double[] mean) {

        int bins() {
            return centre.length;
        }

        static BinnedMean of(double[] s2, double[] intensity, double[] sigma, int[] epsilon) {
            int n = s2.length;
            int bins = Math.max(1, Math.min(MAX_BINS, n / REFLECTIONS_PER_BIN));
            Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble(i -> s2[i]));

            double[] centre = new double[bins];
            double[] mean = new double[bins];
            for (int b = 0; b < bins; b++) {
                int from = (int) ((long) b * n / bins);
                int to = (int) ((long) (b + 1) * n / bins);
                double sumS2 = 0.0;
                double sumI = 0.0;
                double sumSigma = 0.0;
                for (int j = from; j < to; j++) {
                    int i = order[j];
                    sumS2 += s2[i];
                    sumI += intensity[i] / epsilon[i];
                    sumSigma += sigma[i] / epsilon[i];
                }
                int count = to - from;
                centre[b] = sumS2 / count;
                mean[b] = sumI / count;
                // A bin without signal would give a non-positive prior mean. The mean sigma is used as a
                // floor, so the prior stays proper and the amplitudes of that bin stay near the noise level.
                double floor = sumSigma / count;
                if (mean[b] < floor) {
                    LOG.warn("French-Wilson: mean intensity {} in the resolution bin at 1/d^2 = {} is below the "
                            + "mean sigma {}; using the mean sigma as the prior mean", mean[b], centre[b], floor);
                    mean[b] = floor;
                }
            }
            return new BinnedMean(centre, mean);
        }

        double at(double s2) {
            int bins = centre.length;
            if (bins == 1 || s2 <= centre[0]) {
                return mean[0];
            }
            if (s2 >= centre[bins - 1]) {
                return mean[bins - 1];
            }
            int upper = 1;
            while (centre[upper] < s2) {
                upper++;
            }
            double t = (s2 - centre[upper - 1]) / (centre[upper] - centre[upper - 1]);
            return mean[upper - 1] + t * (mean[upper] - mean[upper - 1]);
        }
    }
}
