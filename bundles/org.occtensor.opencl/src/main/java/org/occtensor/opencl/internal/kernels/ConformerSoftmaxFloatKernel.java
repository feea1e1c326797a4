package org.occtensor.opencl.internal.kernels;

import com.aparapi.Kernel;

/**
 * Budget-scaled softmax over each conformer set's free members in float, one work item per set.
 * A complete set gives {@code q_i = B exp(z_i) / sum_j exp(z_j)}; a partial set adds a vacancy
 * logit 0 to the denominator. The largest logit (and 0 for a partial set) is subtracted first so
 * that exp cannot overflow.
 */
public final class ConformerSoftmaxFloatKernel extends Kernel {

    private int[] setOffsets;
    private int[] members;
    private int[] partial;
    private float[] budget;
    private float[] logits;
    private float[] occupancies;
    private int setCount;

    /**
     * Binds the static layout; the caller uploads the arrays once with {@code put}. {@code partial}
     * holds 1 for a partial set and 0 for a complete one.
     */
    public void bindLayout(int[] setOffsets, int[] members, int[] partial, float[] budget) {
        this.setOffsets = setOffsets;
        this.members = members;
        this.partial = partial;
        this.budget = budget;
        this.setCount = partial.length;
    }

    /** Binds the per-call arrays: reads logits, writes occupancies at the free members only. */
    public void bindValues(float[] logits, float[] occupancies) {
        this.logits = logits;
        this.occupancies = occupancies;
    }

    @Override
    public void run() {
        int s = getGlobalId();
        if (s < setCount && setOffsets[s] < setOffsets[s + 1]) {
            int first = setOffsets[s];
            int end = setOffsets[s + 1];
            float shift = logits[members[first]];
            for (int k = first + 1; k < end; k++) {
                shift = max(shift, logits[members[k]]);
            }
            float denominator = 0.0f;
            if (partial[s] != 0) {
                shift = max(shift, 0.0f);
                denominator = exp(-shift);
            }
            for (int k = first; k < end; k++) {
                denominator += exp(logits[members[k]] - shift);
            }
            float scale = budget[s] / denominator;
            for (int k = first; k < end; k++) {
                occupancies[members[k]] = scale * exp(logits[members[k]] - shift);
            }
        }
    }
}
