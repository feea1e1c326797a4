package org.occtensor.benchmarks;

import org.occtensor.core.api.autodiff.Variable;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.Operation;

/** loss = sum_a w_a occ_a, float32 only: the baseline script's loss. */
final class WeightedSumOperation implements Operation {

    private final float[] weights;

    WeightedSumOperation(float[] weights) {
        this.weights = weights;
    }

    @Override
    public String name() {
        return "weighted-sum";
    }

    @Override
    public int outputSize(Variable[] inputs) {
        return 1;
    }

    @Override
    public void forward(ComputeBackend backend, Variable[] inputs, Variable output) {
        float[] x = inputs[0].values32();
        double sum = 0.0;
        for (int i = 0; i < x.length; i++) {
            sum += weights[i] * x[i];
        }
        output.values32()[0] = (float) sum;
    }

    @Override
    public void backward(ComputeBackend backend, Variable[] inputs, Variable output) {
        float seed = output.grad32()[0];
        float[] g = inputs[0].grad32();
        for (int i = 0; i < g.length; i++) {
            g[i] += seed * weights[i];
        }
    }
}
