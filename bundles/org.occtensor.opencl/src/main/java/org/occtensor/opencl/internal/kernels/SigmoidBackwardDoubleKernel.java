package org.occtensor.opencl.internal.kernels;

import com.aparapi.Kernel;

/** Adjoint of the logistic function in double: {@code logitGrad[i] = outGrad[i] * out[i] * (1 - out[i])}. */
public final class SigmoidBackwardDoubleKernel extends Kernel {

    private double[] out;
    private double[] outGrad;
    private double[] logitGrad;
    private int n;

    /** Binds the per-call arrays: reads out and outGrad, writes logitGrad[0 .. n). */
    public void bind(double[] out, double[] outGrad, double[] logitGrad, int n) {
        this.out = out;
        this.outGrad = outGrad;
        this.logitGrad = logitGrad;
        this.n = n;
    }

    @Override
    public void run() {
        int i = getGlobalId();
        if (i < n) {
            logitGrad[i] = outGrad[i] * out[i] * (1.0 - out[i]);
        }
    }
}
