package org.occtensor.core.api.autodiff;

import org.occtensor.core.api.Precision;

/**
 * A node of a {@link Tape}: a value array and its gradient, both of one {@link Precision}.
 *
 * <p>Exactly one of {@link #values32()} and {@link #values64()} is non-null, matching
 * {@link #precision()}; the same holds for the gradient arrays. Arrays are owned by the tape and
 * reused across {@link Tape#forward()} calls.
 */
public final class Variable {

    /** Gradients longer than this are cleared on the fork-join pool; memory bandwidth of one core is the limit. */
    private static final int PARALLEL_FILL_THRESHOLD = 1 << 18;

    private final String name;
    private final int size;
    private final Precision precision;
    private final float[] values32;
    private final double[] values64;
    private final float[] grad32;
    private final double[] grad64;

    Variable(String name, int size, Precision precision) {
        this.name = name;
        this.size = size;
        this.precision = precision;
        boolean single = precision == Precision.FLOAT32;
        this.values32 = single ? new float[size] : null;
        this.values64 = single ? null : new double[size];
        this.grad32 = single ? new float[size] : null;
        this.grad64 = single ? null : new double[size];
    }

    public String name() {
        return name;
    }

    public int size() {
        return size;
    }

    public Precision precision() {
        return precision;
    }

    /** Values when the precision is FLOAT32, else null. */
    public float[] values32() {
        return values32;
    }

    /** Values when the precision is FLOAT64, else null. */
    public double[] values64() {
        return values64;
    }

    /** Gradient of the tape's output with respect to this variable, FLOAT32; else null. */
    public float[] grad32() {
        return grad32;
    }

    /** Gradient of the tape's output with respect to this variable, FLOAT64; else null. */
    public double[] grad64() {
        return grad64;
    }

    /** Returns value {@code i} widened to double, whatever the precision. */
    public double value(int i) {
        return values32 != null ? values32[i] : values64[i];
    }

    /** Returns gradient entry {@code i} widened to double, whatever the precision. */
    public double grad(int i) {
        return grad32 != null ? grad32[i] : grad64[i];
    }

    /** Copies {@code source} into the values, narrowing to float for FLOAT32. */
    public void setValues(double[] source) {
        if (source.length != size) {
            throw new IllegalArgumentException("variable '" + name + "' has " + size + " values, got " + source.length);
        }
        if (values32 != null) {
            for (int i = 0; i < size; i++) {
                values32[i] = (float) source[i];
            }
        } else {
            System.arraycopy(source, 0, values64, 0, size);
        }
    }

    void zeroGrad() {
        if (size < PARALLEL_FILL_THRESHOLD) {
            fillZero(0, size);
            return;
        }
        int chunks = 4 * Runtime.getRuntime().availableProcessors();
        int chunk = (size + chunks - 1) / chunks;
        java.util.stream.IntStream.range(0, chunks).parallel()
                .forEach(c -> fillZero(Math.min(size, c * chunk), Math.min(size, (c + 1) * chunk)));
    }

    private void fillZero(int from, int to) {
        if (grad32 != null) {
            java.util.Arrays.fill(grad32, from, to, 0f);
        } else {
            java.util.Arrays.fill(grad64, from, to, 0.0);
        }
    }

    @Override
    public String toString() {
        return "Variable[" + name + ", " + size + ", " + precision + "]";
    }
}
