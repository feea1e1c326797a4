package org.occtensor.opencl.internal;

import com.aparapi.Kernel;

/** A kernel Aparapi cannot translate to OpenCL: it reads a Java object. Used to test build failures. */
public final class UntranslatableKernel extends Kernel {

    private final StringBuilder text = new StringBuilder("x");
    private float[] out = new float[4];

    @Override
    public void run() {
        int i = getGlobalId();
        if (i < out.length) {
            out[i] = text.length();
        }
    }
}
