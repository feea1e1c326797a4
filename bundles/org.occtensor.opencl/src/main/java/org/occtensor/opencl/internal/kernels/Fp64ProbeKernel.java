package org.occtensor.opencl.internal.kernels;

import com.aparapi.Kernel;

/**
 * Uses double arithmetic and nothing else. Aparapi refuses to build a kernel that needs fp64 for a
 * device without {@code cl_khr_fp64}, so whether this kernel compiles for a device tells whether the
 * device has fp64.
 */
public final class Fp64ProbeKernel extends Kernel {

    private double[] values = new double[1];

    @Override
    public void run() {
        int i = getGlobalId();
        if (i < values.length) {
            values[i] = values[i] * 0.5;
        }
    }
}
