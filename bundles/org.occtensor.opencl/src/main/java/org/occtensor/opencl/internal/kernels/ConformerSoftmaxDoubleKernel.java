package org.occtensor.opencl.internal.kernels;

import com.aparapi.Kernel;

/**
 * Budget-scaled softmax over each conformer set's free members in double, one work item per set.
 * A complete set gives {@code q_i = B exp(z_i) / sum_j exp(z_j)}; a partial set adds a vacancy
 * logit 0 to the denominator. The largest logit (and 0 for a partial set) is subtracted first so
 * that exp cannot overflow.
 */
public final class ConformerSoftmaxDoubleKernel extends Kernel {

    private int[] setOffsets;
    private int[] members;
    private int[] partial;
    private double[] budget;
    private double[] logits;
    private double[] occupancies;
    private int setCount;

    /**
     * Binds the static layout; the caller uploads the arrays once with {@code put}. {@code partial}
     * holds 1 for a partial set and 0 for a complete one.
     */
    public void bindLayout(int[] setOffsets, int[] members, int[] partial, double[] budget) {
        this.setOffsets = setOffsets;
        this.members = members;
        this.partial = partial;
        this.budget = budget;
        this.setCount = partial.length;
    }

    /** Binds the per-call arrays: reads logits, writes occupancies at the free members only. */
    public void bindValues(double[] logits, double[] occupancies) {
        this.logits = logits;
        this.occupancies = occupancies;
    }

    @Override
    public void run() {
        int s = getGlobalId();
        if (s < setCount && setOffsets[s] < setOffsets[s + 1]) {
            int first = setOffsets[s];
            int end = setOffsets[s + 1];
            double shift = logits[members[first]];
            for (int k = first + 1; k < end; k++) {
                shift = max(shift, logits[members[k]]);
            }
            double denominator = 0.0;
            if (partial[s] != 0) {
                shift = max(shift, 0.0);
                denominator = exp(-shift);
            }
            for (int k = first; k < end; k++) {
                denominator += exp(logits[members[k]] - shift);
            }
            double scale = budget[s] / denominator;
            for (int k = first; k < end; k++) {
                occupancies[members[k]] = scale * exp(logits[members[k]] - shift);
            }
        }
    }
}
