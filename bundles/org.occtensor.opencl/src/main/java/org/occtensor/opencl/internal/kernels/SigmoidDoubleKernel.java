package org.occtensor.opencl.internal.kernels;

import com.aparapi.Kernel;

/** Logistic function in double, {@code 1 / (1 + exp(-x))} as in the CPU reference. */
public final class SigmoidDoubleKernel extends Kernel {

    private double[] logits;
    private double[] out;
    private int n;

    /** Binds the per-call arrays: reads logits, writes out[0 .. n). */
    public void bind(double[] logits, double[] out, int n) {
        this.logits = logits;
        this.out = out;
        this.n = n;
    }

    @Override
    public void run() {
        int i = getGlobalId();
        if (i < n) {
            out[i] = 1.0 / (1.0 + exp(-logits[i]));
        }
    }
}
