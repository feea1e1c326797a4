package org.occtensor.opencl.internal.kernels;

import com.aparapi.Kernel;

/** Adjoint of the logistic function in float: {@code logitGrad[i] = outGrad[i] * out[i] * (1 - out[i])}. */
public final class SigmoidBackwardFloatKernel extends Kernel {

    private float[] out;
    private float[] outGrad;
    private float[] logitGrad;
    private int n;

    /** Binds the per-call arrays: reads out and outGrad, writes logitGrad[0 .. n). */
    public void bind(float[] out, float[] outGrad, float[] logitGrad, int n) {
        this.out = out;
        this.outGrad = outGrad;
        this.logitGrad = logitGrad;
        this.n = n;
    }

    @Override
    public void run() {
        int i = getGlobalId();
        if (i < n) {
            logitGrad[i] = outGrad[i] * out[i] * (1.0f - out[i]);
        }
    }
}
