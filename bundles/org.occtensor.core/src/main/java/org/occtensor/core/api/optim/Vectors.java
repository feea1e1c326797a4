package org.occtensor.core.api.optim;

/** Dense double-precision vector helpers. No method modifies its arguments. */
final class Vectors {

    private Vectors() {
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Returns the Euclidean norm. */
    static double norm2(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** Returns the largest absolute component, 0 for an empty vector, NaN if any is NaN. */
    static double normInf(double[] a) {
        double max = 0;
        for (double value : a) {
            if (Double.isNaN(value)) {
                return Double.NaN;
            }
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }

    /** Returns the Euclidean distance between two points. */
    static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    static boolean allFinite(double[] a) {
        for (double value : a) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }

    /** Rejects a starting point with NaN or an infinite component, naming the first one. */
    static void requireFinite(double[] x0) {
        for (int i = 0; i < x0.length; i++) {
            if (!Double.isFinite(x0[i])) {
                throw new IllegalArgumentException("Starting point x0[" + i + "] is " + x0[i]
                        + ", but every component must be finite");
            }
        }
    }
}
