package org.occtensor.core.internal.cpu;

import org.occtensor.core.spi.ConformerLayout;

/**
 * Budget-scaled softmax over conformer sets and its adjoint, in float and double. Sums and
 * exponentials are taken in double for both precisions.
 *
 * <p>For a set with free members z_1..z_k and budget B: a complete set gives
 * {@code q_i = B exp(z_i) / sum_j exp(z_j)}; a partial set adds a vacancy logit 0 to the
 * denominator, so {@code sum q_i < B}. The largest logit is subtracted first to avoid overflow.
 */
final class CpuConformerKernels {

    private CpuConformerKernels() {
    }

    static void softmax(ConformerLayout layout, double[] z, double[] q) {
        int[] off = layout.setOffsets();
        int[] members = layout.members();
        for (int s = 0; s < layout.setCount(); s++) {
            double shift = shift(layout, s, z);
            double denominator = denominator(layout, s, z, shift);
            double budget = layout.budget()[s];
            for (int k = off[s]; k < off[s + 1]; k++) {
                q[members[k]] = budget * Math.exp(z[members[k]] - shift) / denominator;
            }
        }
    }

    static void softmax(ConformerLayout layout, float[] z, float[] q) {
        int[] off = layout.setOffsets();
        int[] members = layout.members();
        for (int s = 0; s < layout.setCount(); s++) {
            double shift = layout.partial()[s] ? 0.0 : Double.NEGATIVE_INFINITY;
            for (int k = off[s]; k < off[s + 1]; k++) {
                shift = Math.max(shift, z[members[k]]);
            }
            double denominator = layout.partial()[s] ? Math.exp(-shift) : 0.0;
            for (int k = off[s]; k < off[s + 1]; k++) {
                denominator += Math.exp(z[members[k]] - shift);
            }
            double budget = layout.budget()[s];
            for (int k = off[s]; k < off[s + 1]; k++) {
                q[members[k]] = (float) (budget * Math.exp(z[members[k]] - shift) / denominator);
            }
        }
    }

    static void backward(ConformerLayout layout, double[] q, double[] dq, double[] dz) {
        int[] off = layout.setOffsets();
        int[] members = layout.members();
        for (int s = 0; s < layout.setCount(); s++) {
            double budget = layout.budget()[s];
            double weighted = 0.0;
            for (int k = off[s]; k < off[s + 1]; k++) {
                weighted += q[members[k]] * dq[members[k]];
            }
            double mean = budget > 0.0 ? weighted / budget : 0.0;
            for (int k = off[s]; k < off[s + 1]; k++) {
                int j = members[k];
                dz[j] = q[j] * (dq[j] - mean);
            }
        }
    }

    static void backward(ConformerLayout layout, float[] q, float[] dq, float[] dz) {
        int[] off = layout.setOffsets();
        int[] members = layout.members();
        for (int s = 0; s < layout.setCount(); s++) {
            double budget = layout.budget()[s];
            double weighted = 0.0;
            for (int k = off[s]; k < off[s + 1]; k++) {
                weighted += (double) q[members[k]] * dq[members[k]];
            }
            double mean = budget > 0.0 ? weighted / budget : 0.0;
            for (int k = off[s]; k < off[s + 1]; k++) {
                int j = members[k];
                dz[j] = (float) (q[j] * (dq[j] - mean));
            }
        }
    }

    private static double shift(ConformerLayout layout, int s, double[] z) {
        double shift = layout.partial()[s] ? 0.0 : Double.NEGATIVE_INFINITY;
        for (int k = layout.setOffsets()[s]; k < layout.setOffsets()[s + 1]; k++) {
            shift = Math.max(shift, z[layout.members()[k]]);
        }
        return shift;
    }

    private static double denominator(ConformerLayout layout, int s, double[] z, double shift) {
        double denominator = layout.partial()[s] ? Math.exp(-shift) : 0.0;
        for (int k = layout.setOffsets()[s]; k < layout.setOffsets()[s + 1]; k++) {
            denominator += Math.exp(z[layout.members()[k]] - shift);
        }
        return denominator;
    }
}
