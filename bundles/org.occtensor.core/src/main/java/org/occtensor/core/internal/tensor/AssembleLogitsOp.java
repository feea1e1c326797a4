package org.occtensor.core.internal.tensor;

import org.occtensor.core.api.autodiff.Variable;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.Operation;

/**
 * Group logits from the refinable parameters: the fixed logits with parameter k written at group
 * {@code parameterGroups[k]}. The adjoint gathers the group gradient at those groups.
 */
final class AssembleLogitsOp implements Operation {

    private final int[] parameterGroups;
    private final double[] fixed64;
    private final float[] fixed32;

    AssembleLogitsOp(TensorStructure structure) {
        this.parameterGroups = structure.parameterGroups;
        this.fixed64 = structure.fixedLogits.clone();
        this.fixed32 = new float[fixed64.length];
        for (int g = 0; g < fixed64.length; g++) {
            fixed32[g] = (float) fixed64[g];
        }
    }

    @Override
    public String name() {
        return "assemble-logits";
    }

    @Override
    public int outputSize(Variable[] inputs) {
        if (inputs.length != 1 || inputs[0].size() != parameterGroups.length) {
            throw new IllegalArgumentException("assemble-logits expects one input of " + parameterGroups.length
                    + " parameters");
        }
        return fixed64.length;
    }

    @Override
    public void forward(ComputeBackend backend, Variable[] inputs, Variable output) {
        Variable p = inputs[0];
        if (output.values32() != null) {
            float[] z = output.values32();
            System.arraycopy(fixed32, 0, z, 0, z.length);
            for (int k = 0; k < parameterGroups.length; k++) {
                z[parameterGroups[k]] = p.values32()[k];
            }
        } else {
            double[] z = output.values64();
            System.arraycopy(fixed64, 0, z, 0, z.length);
            for (int k = 0; k < parameterGroups.length; k++) {
                z[parameterGroups[k]] = p.values64()[k];
            }
        }
    }

    @Override
    public void backward(ComputeBackend backend, Variable[] inputs, Variable output) {
        Variable p = inputs[0];
        if (output.grad32() != null) {
            for (int k = 0; k < parameterGroups.length; k++) {
                p.grad32()[k] += output.grad32()[parameterGroups[k]];
            }
        } else {
            for (int k = 0; k < parameterGroups.length; k++) {
                p.grad64()[k] += output.grad64()[parameterGroups[k]];
            }
        }
    }
}
