package org.occtensor.xray.targets;

import java.util.Arrays;

/**
 * Negative log-likelihood of the observed amplitudes given the model amplitudes, summed over the work
 * set. With Fc = |F_model|, S = epsilon beta and D = alpha, an acentric reflection follows the Rice
 * distribution P(Fo) = (2 Fo / S) exp(-(Fo^2 + D^2 Fc^2) / S) I0(2 D Fo Fc / S) and a centric one
 * P(Fo) = sqrt(2 / (pi S)) exp(-(Fo^2 + D^2 Fc^2) / (2 S)) cosh(D Fo Fc / S). alpha and beta come per
 * resolution bin from {@link AlphaBeta}.
 */
public final class MaximumLikelihoodTarget implements AmplitudeTarget {

    private final TargetData data;
    private final double[] alpha;
    private final double[] beta;

    /**
     * @param alpha alpha per reflection (not copied)
     * @param beta  beta per reflection, positive (not copied)
     */
    public MaximumLikelihoodTarget(TargetData data, double[] alpha, double[] beta) {
        this.data = data;
        this.alpha = alpha;
        this.beta = beta;
    }

    @Override
    public String name() {
        return "ml";
    }

    @Override
    public double evaluate(double[] amplitude, double[] gradient) {
        Arrays.fill(gradient, 0, data.size(), 0.0);
        double sum = 0.0;
        for (int r = 0; r < data.size(); r++) {
            if (!data.work()[r]) {
                continue;
            }
            double fo = data.fobs()[r];
            double fc = amplitude[r];
            double a = alpha[r];
            double s = data.epsilon()[r] * beta[r];
            sum += reflectionTerm(fo, fc, a, s, data.centric()[r]);
            if (data.centric()[r]) {
                gradient[r] = a * a * fc / s - (a * fo / s) * Math.tanh(a * fo * fc / s);
            } else {
                gradient[r] = 2.0 * a * a * fc / s - (2.0 * a * fo / s) * Bessel.ratioI1I0(2.0 * a * fo * fc / s);
            }
        }
        return sum;
    }

    /** Returns the negative log-likelihood of one reflection, for the parameter estimation. */
    static double reflectionTerm(double fo, double fc, double a, double s, boolean centric) {
        if (centric) {
            double x = a * fo * fc / s;
            return -0.5 * Math.log(2.0 / (Math.PI * s)) + (fo * fo + a * a * fc * fc) / (2.0 * s) - logCosh(x);
        }
        double x = 2.0 * a * fo * fc / s;
        return -Math.log(2.0 * fo / s) + (fo * fo + a * a * fc * fc) / s - Bessel.logI0(x);
    }

    /** ln cosh(x) without overflow. */
    static double logCosh(double x) {
        double ax = Math.abs(x);
        return ax + Math.log1p(Math.exp(-2.0 * ax)) - Math.log(2.0);
    }
}
