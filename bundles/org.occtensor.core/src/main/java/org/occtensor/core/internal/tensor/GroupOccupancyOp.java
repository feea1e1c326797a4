package org.occtensor.core.internal.tensor;

import org.occtensor.core.api.Parameterisation;
import org.occtensor.core.api.autodiff.Variable;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.ConformerLayout;
import org.occtensor.core.spi.Operation;

/**
 * Group occupancies from group logits: sigmoid (or bounded identity) for every group, then the
 * conformer softmax for the free members of each set, then the exact values of frozen groups.
 * The adjoint runs the same steps in reverse; frozen groups get no gradient.
 */
final class GroupOccupancyOp implements Operation {

    private final TensorStructure structure;
    private final ConformerLayout layout;
    private final boolean identity;
    private final float lower32;
    private final float upper32;
    private final float[] frozen32;
    private float[] scratch32;
    private double[] scratch64;

    GroupOccupancyOp(TensorStructure structure, ConformerLayout layout) {
        this.structure = structure;
        this.layout = layout;
        Parameterisation p = structure.parameterisation;
        this.identity = p.kind() == Parameterisation.Kind.IDENTITY;
        this.lower32 = (float) p.lower();
        this.upper32 = (float) p.upper();
        this.frozen32 = new float[structure.groupCount];
        for (int g : structure.frozenGroups) {
            frozen32[g] = (float) structure.frozenValues[g];
        }
    }

    @Override
    public String name() {
        return "group-occupancy";
    }

    @Override
    public int outputSize(Variable[] inputs) {
        if (inputs.length != 1 || inputs[0].size() != structure.groupCount) {
            throw new IllegalArgumentException("group-occupancy expects one input of " + structure.groupCount
                    + " logits");
        }
        return structure.groupCount;
    }

    @Override
    public void forward(ComputeBackend backend, Variable[] inputs, Variable output) {
        int n = structure.groupCount;
        if (output.values32() != null) {
            float[] z = inputs[0].values32();
            float[] q = output.values32();
            if (identity) {
                for (int g = 0; g < n; g++) {
                    q[g] = Math.min(upper32, Math.max(lower32, z[g]));
                }
            } else {
                backend.sigmoid(z, q, n);
            }
            backend.conformerSoftmax(layout, z, q);
            for (int g : structure.frozenGroups) {
                q[g] = frozen32[g];
            }
        } else {
            double[] z = inputs[0].values64();
            double[] q = output.values64();
            if (identity) {
                Parameterisation p = structure.parameterisation;
                for (int g = 0; g < n; g++) {
                    q[g] = Math.min(p.upper(), Math.max(p.lower(), z[g]));
                }
            } else {
                backend.sigmoid(z, q, n);
            }
            backend.conformerSoftmax(layout, z, q);
            for (int g : structure.frozenGroups) {
                q[g] = structure.frozenValues[g];
            }
        }
    }

    @Override
    public void backward(ComputeBackend backend, Variable[] inputs, Variable output) {
        if (output.grad32() != null) {
            backward32(backend, inputs[0], output);
        } else {
            backward64(backend, inputs[0], output);
        }
    }

    private void backward32(ComputeBackend backend, Variable logits, Variable output) {
        int n = structure.groupCount;
        if (scratch32 == null) {
            scratch32 = new float[n];
        }
        float[] q = output.values32();
        float[] dq = output.grad32();
        if (identity) {
            float[] z = logits.values32();
            for (int g = 0; g < n; g++) {
                scratch32[g] = z[g] >= lower32 && z[g] <= upper32 ? dq[g] : 0f;
            }
        } else {
            backend.sigmoidBackward(q, dq, scratch32, n);
        }
        backend.conformerSoftmaxBackward(layout, q, dq, scratch32);
        for (int g : structure.frozenGroups) {
            scratch32[g] = 0f;
        }
        float[] dz = logits.grad32();
        for (int g = 0; g < n; g++) {
            dz[g] += scratch32[g];
        }
    }

    private void backward64(ComputeBackend backend, Variable logits, Variable output) {
        int n = structure.groupCount;
        if (scratch64 == null) {
            scratch64 = new double[n];
        }
        double[] q = output.values64();
        double[] dq = output.grad64();
        if (identity) {
            double[] z = logits.values64();
            Parameterisation p = structure.parameterisation;
            for (int g = 0; g < n; g++) {
                scratch64[g] = z[g] >= p.lower() && z[g] <= p.upper() ? dq[g] : 0.0;
            }
        } else {
            backend.sigmoidBackward(q, dq, scratch64, n);
        }
        backend.conformerSoftmaxBackward(layout, q, dq, scratch64);
        for (int g : structure.frozenGroups) {
            scratch64[g] = 0.0;
        }
        double[] dz = logits.grad64();
        for (int g = 0; g < n; g++) {
            dz[g] += scratch64[g];
        }
    }
}
