package org.occtensor.opencl.internal.kernels;

import com.aparapi.Kernel;

/** Expands double group values to atoms: {@code atomValues[a] = groupValues[groupOfAtom[a]]}. */
public final class GatherDoubleKernel extends Kernel {

    private int[] groupOfAtom;
    private double[] groupValues;
    private double[] atomValues;
    private int atomCount;

    /** Binds the static expansion index; the caller uploads it once with {@code put}. */
    public void bindIndex(int[] groupOfAtom) {
        this.groupOfAtom = groupOfAtom;
        this.atomCount = groupOfAtom.length;
    }

    /** Binds the per-call arrays: reads groupValues, writes atomValues[0 .. atomCount). */
    public void bindValues(double[] groupValues, double[] atomValues) {
        this.groupValues = groupValues;
        this.atomValues = atomValues;
    }

    @Override
    public void run() {
        int a = getGlobalId();
        if (a < atomCount) {
            atomValues[a] = groupValues[groupOfAtom[a]];
        }
    }
}
