package org.occtensor.opencl.internal.kernels;

import com.aparapi.Kernel;

/**
 * Logistic function in float. Negative logits use {@code e / (1 + e)} with {@code e = exp(x)}, so
 * that exp never overflows and tiny occupancies keep their relative precision.
 */
public final class SigmoidFloatKernel extends Kernel {

    private float[] logits;
    private float[] out;
    private int n;

    /** Binds the per-call arrays: reads logits, writes out[0 .. n). */
    public void bind(float[] logits, float[] out, int n) {
        this.logits = logits;
        this.out = out;
        this.n = n;
    }

    @Override
    public void run() {
        int i = getGlobalId();
        if (i < n) {
            float x = logits[i];
            if (x >= 0.0f) {
                out[i] = 1.0f / (1.0f + exp(-x));
            } else {
                float e = exp(x);
                out[i] = e / (1.0f + e);
            }
        }
    }
}
