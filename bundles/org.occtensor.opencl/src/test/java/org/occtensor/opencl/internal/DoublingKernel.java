package org.occtensor.opencl.internal;

import com.aparapi.Kernel;

/** Doubles a float array; a minimal kernel for launcher tests. */
public final class DoublingKernel extends Kernel {

    private float[] in;
    private float[] out;
    private int n;

    void bind(float[] in, float[] out) {
        this.in = in;
        this.out = out;
        this.n = in.length;
    }

    @Override
    public void run() {
        int i = getGlobalId();
        if (i < n) {
            out[i] = 2.0f * in[i];
        }
    }
}
