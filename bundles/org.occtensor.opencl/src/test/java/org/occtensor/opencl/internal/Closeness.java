package org.occtensor.opencl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Element-wise comparisons that name the first entry out of tolerance. */
final class Closeness {

    private Closeness() {
    }

    /** |actual - expected| <= relative * |expected| for the first n entries (plus the smallest normal float). */
    static void assertRelative(String check, float[] expected, float[] actual, int n, double relative) {
        for (int i = 0; i < n; i++) {
            double error = Math.abs((double) actual[i] - expected[i]);
            if (!(error <= relative * Math.abs(expected[i]) + Float.MIN_NORMAL)) {
                fail(check + ": entry " + i + " is " + actual[i] + ", CPU gives " + expected[i] + " (relative error "
                        + error / Math.abs(expected[i]) + " > " + relative + ")");
            }
        }
    }

    static void assertRelative(String check, double[] expected, double[] actual, int n, double relative) {
        for (int i = 0; i < n; i++) {
            double error = Math.abs(actual[i] - expected[i]);
            if (!(error <= relative * Math.abs(expected[i]) + Double.MIN_NORMAL)) {
                fail(check + ": entry " + i + " is " + actual[i] + ", CPU gives " + expected[i] + " (relative error "
                        + error / Math.abs(expected[i]) + " > " + relative + ")");
            }
        }
    }

    /** |actual - expected| <= relative * scale[i]: for sums, scale is the sum of absolute terms. */
    static void assertScaled(String check, float[] expected, float[] actual, double[] scale, int n, double relative) {
        for (int i = 0; i < n; i++) {
            double error = Math.abs((double) actual[i] - expected[i]);
            if (!(error <= relative * scale[i] + Float.MIN_NORMAL)) {
                fail(check + ": entry " + i + " is " + actual[i] + ", CPU gives " + expected[i] + " (error " + error
                        + " > " + relative + " x scale " + scale[i] + ")");
            }
        }
    }

    static void assertScaled(String check, double[] expected, double[] actual, double[] scale, int n,
                             double relative) {
        for (int i = 0; i < n; i++) {
            double error = Math.abs(actual[i] - expected[i]);
            if (!(error <= relative * scale[i] + Double.MIN_NORMAL)) {
                fail(check + ": entry " + i + " is " + actual[i] + ", CPU gives " + expected[i] + " (error " + error
                        + " > " + relative + " x scale " + scale[i] + ")");
            }
        }
    }

    /** Bit-identical entries, for ops that add in the same order as the CPU. */
    static void assertIdentical(String check, double[] expected, double[] actual, int n) {
        for (int i = 0; i < n; i++) {
            if (Double.doubleToRawLongBits(expected[i]) != Double.doubleToRawLongBits(actual[i])) {
                fail(check + ": entry " + i + " is " + actual[i] + ", CPU gives " + expected[i]);
            }
        }
    }

    static void assertIdentical(String check, float[] expected, float[] actual, int n) {
        for (int i = 0; i < n; i++) {
            if (Float.floatToRawIntBits(expected[i]) != Float.floatToRawIntBits(actual[i])) {
                fail(check + ": entry " + i + " is " + actual[i] + ", CPU gives " + expected[i]);
            }
        }
    }

    /** Entries from {@code from} on still hold the sentinel. */
    static void assertTailUntouched(String check, float[] actual, int from) {
        for (int i = from; i < actual.length; i++) {
            assertEquals(TestData.SENTINEL, actual[i], check + ": entry " + i + " past the output was overwritten");
        }
    }

    static void assertTailUntouched(String check, double[] actual, int from) {
        for (int i = from; i < actual.length; i++) {
            assertEquals(TestData.SENTINEL, actual[i], check + ": entry " + i + " past the output was overwritten");
        }
    }
}
