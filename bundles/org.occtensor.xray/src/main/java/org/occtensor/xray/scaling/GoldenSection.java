package org.occtensor.xray.scaling;

import java.util.function.DoubleUnaryOperator;

/** Golden-section search for the minimum of a function that is unimodal on an interval. */
public final class GoldenSection {

    private static final double RATIO = (Math.sqrt(5.0) - 1.0) / 2.0;

    private GoldenSection() {
    }

    /**
     * Returns the middle of the bracket left after {@code iterations} steps, each of which shrinks
     * [{@code lo}, {@code hi}] by the golden ratio.
     */
    public static double minimize(DoubleUnaryOperator f, double lo, double hi, int iterations) {
        double a = lo;
        double b = hi;
        double c = b - RATIO * (b - a);
        double d = a + RATIO * (b - a);
        double fc = f.applyAsDouble(c);
        double fd = f.applyAsDouble(d);
        for (int i = 0; i < iterations; i++) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - RATIO * (b - a);
                fc = f.applyAsDouble(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + RATIO * (b - a);
                fd = f.applyAsDouble(d);
            }
        }
        return (a + b) / 2.0;
    }
}
