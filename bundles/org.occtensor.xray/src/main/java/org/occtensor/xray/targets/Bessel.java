package org.occtensor.xray.targets;

/**
 * Modified Bessel functions of the first kind for the Rice likelihood: ln I0(x) and I1(x)/I0(x) for
 * x >= 0, accurate to about 1e-15 relative. Below {@link #SERIES_LIMIT} the power series (all terms
 * positive), above it the asymptotic expansion I_n(x) ~ e^x / sqrt(2 pi x) sum_k (-1)^k a_k(n) / x^k
 * with a_k(n) = prod_{j=1..k} (4n^2 - (2j-1)^2) / (k! 8^k), whose smallest term there is below 1e-17.
 */
final class Bessel {

    static final double SERIES_LIMIT = 20.0;

    private Bessel() {
    }

    /** Returns ln I0(x) for x >= 0. */
    static double logI0(double x) {
        if (x < SERIES_LIMIT) {
            return Math.log(seriesI0(x));
        }
        return x - 0.5 * Math.log(2.0 * Math.PI * x) + Math.log(asymptotic(0, x));
    }

    /** Returns I1(x) / I0(x) for x >= 0, the derivative of ln I0. */
    static double ratioI1I0(double x) {
        if (x < SERIES_LIMIT) {
            return seriesI1(x) / seriesI0(x);
        }
        return asymptotic(1, x) / asymptotic(0, x);
    }

    private static double seriesI0(double x) {
        double q = 0.25 * x * x;
        double term = 1.0;
        double sum = 1.0;
        for (int k = 1; k < 200; k++) {
            term *= q / ((double) k * k);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return sum;
    }

    private static double seriesI1(double x) {
        double q = 0.25 * x * x;
        double term = 0.5 * x;
        double sum = term;
        for (int k = 1; k < 200; k++) {
            term *= q / ((double) k * (k + 1));
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return sum;
    }

    /** sum_k (-1)^k a_k(n) / x^k, stopped at the smallest term. */
    private static double asymptotic(int order, double x) {
        double mu = 4.0 * order * order;
        double term = 1.0;
        double sum = 1.0;
        for (int k = 1; k < 60; k++) {
            double next = -term * (mu - (2.0 * k - 1) * (2.0 * k - 1)) / (k * 8.0 * x);
            if (Math.abs(next) >= Math.abs(term)) {
                break;
            }
            term = next;
            sum += term;
            if (Math.abs(term) < 1e-18) {
                break;
            }
        }
        return sum;
    }
}
