package org.occtensor.opencl.internal.kernels;

import com.aparapi.Kernel;

/**
 * Adjoint of the budget-scaled conformer softmax in double, one work item per set: for free member
 * j of a set with budget B, {@code dz_j = q_j (dq_j - sum_i q_i dq_i / B)}. A set with budget 0
 * has all occupancies 0 and gets the mean term 0.
 */
public final class ConformerSoftmaxBackwardDoubleKernel extends Kernel {

    private int[] setOffsets;
    private int[] members;
    private double[] budget;
    private double[] occupancies;
    private double[] occupancyGrad;
    private double[] logitGrad;
    private int setCount;

    /** Binds the static layout; the caller uploads the arrays once with {@code put}. */
    public void bindLayout(int[] setOffsets, int[] members, double[] budget) {
        this.setOffsets = setOffsets;
        this.members = members;
        this.budget = budget;
        this.setCount = budget.length;
    }

    /** Binds the per-call arrays: reads occupancies and occupancyGrad, writes logitGrad at the free members only. */
    public void bindValues(double[] occupancies, double[] occupancyGrad, double[] logitGrad) {
        this.occupancies = occupancies;
        this.occupancyGrad = occupancyGrad;
        this.logitGrad = logitGrad;
    }

    @Override
    public void run() {
        int s = getGlobalId();
        if (s < setCount) {
            int first = setOffsets[s];
            int end = setOffsets[s + 1];
            double weighted = 0.0;
            for (int k = first; k < end; k++) {
                weighted += occupancies[members[k]] * occupancyGrad[members[k]];
            }
            double mean = 0.0;
            if (budget[s] > 0.0) {
                mean = weighted / budget[s];
            }
            for (int k = first; k < end; k++) {
                int j = members[k];
                logitGrad[j] = occupancies[j] * (occupancyGrad[j] - mean);
            }
        }
    }
}
