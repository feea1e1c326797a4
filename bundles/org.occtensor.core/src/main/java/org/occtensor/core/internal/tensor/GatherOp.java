package org.occtensor.core.internal.tensor;

import org.occtensor.core.api.autodiff.Variable;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.ExpansionIndex;
import org.occtensor.core.spi.Operation;

/** Expands group values to atoms through the expansion index; the adjoint is a segment sum. */
public final class GatherOp implements Operation {

    private final ExpansionIndex index;
    private float[] scratch32;
    private double[] scratch64;

    public GatherOp(ExpansionIndex index) {
        this.index = index;
    }

    @Override
    public String name() {
        return "gather";
    }

    @Override
    public int outputSize(Variable[] inputs) {
        if (inputs.length != 1 || inputs[0].size() != index.groupCount()) {
            throw new IllegalArgumentException("gather expects one input of " + index.groupCount() + " groups");
        }
        return index.atomCount();
    }

    @Override
    public void forward(ComputeBackend backend, Variable[] inputs, Variable output) {
        if (output.values32() != null) {
            backend.gather(index, inputs[0].values32(), output.values32());
        } else {
            backend.gather(index, inputs[0].values64(), output.values64());
        }
    }

    @Override
    public void backward(ComputeBackend backend, Variable[] inputs, Variable output) {
        Variable groups = inputs[0];
        if (output.grad32() != null) {
            if (scratch32 == null) {
                scratch32 = new float[index.groupCount()];
            }
            backend.segmentSum(index, output.grad32(), scratch32);
            float[] g = groups.grad32();
            for (int i = 0; i < g.length; i++) {
                g[i] += scratch32[i];
            }
        } else {
            if (scratch64 == null) {
                scratch64 = new double[index.groupCount()];
            }
            backend.segmentSum(index, output.grad64(), scratch64);
            double[] g = groups.grad64();
            for (int i = 0; i < g.length; i++) {
                g[i] += scratch64[i];
            }
        }
    }
}
