package org.occtensor.benchmarks;

import java.util.stream.IntStream;

import org.occtensor.core.api.autodiff.Variable;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.Operation;

/**
 * loss = sum_a w_a occ_a, float32 only: the baseline script's loss. Fixed chunks summed in order keep
 * the result the same on every run.
 */
final class WeightedSumOperation implements Operation {

    private static final int CHUNKS = 16;

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
        double[] partial = new double[CHUNKS];
        int chunk = (x.length + CHUNKS - 1) / CHUNKS;
        IntStream.range(0, CHUNKS).parallel().forEach(c -> {
            double sum = 0.0;
            for (int i = c * chunk, end = Math.min(x.length, (c + 1) * chunk); i < end; i++) {
                sum += weights[i] * x[i];
            }
            partial[c] = sum;
        });
        double sum = 0.0;
        for (double p : partial) {
            sum += p;
        }
        output.values32()[0] = (float) sum;
    }

    @Override
    public void backward(ComputeBackend backend, Variable[] inputs, Variable output) {
        float seed = output.grad32()[0];
        float[] g = inputs[0].grad32();
        int chunk = (g.length + CHUNKS - 1) / CHUNKS;
        IntStream.range(0, CHUNKS).parallel().forEach(c -> {
            for (int i = c * chunk, end = Math.min(g.length, (c + 1) * chunk); i < end; i++) {
                g[i] += seed * weights[i];
            }
        });
    }
}
