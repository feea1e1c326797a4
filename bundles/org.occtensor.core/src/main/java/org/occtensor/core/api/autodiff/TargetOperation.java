package org.occtensor.core.api.autodiff;

import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.Operation;
import org.occtensor.core.spi.Target;

/**
 * Puts a {@link Target} on a tape: one input (per-atom occupancies), one scalar output. The
 * target's gradient from the last forward pass is kept and scaled by the output's gradient.
 */
public final class TargetOperation implements Operation {

    private final Target target;
    private double[] occupancies = new double[0];
    private double[] gradient = new double[0];

    public TargetOperation(Target target) {
        this.target = target;
    }

    @Override
    public String name() {
        return "target:" + target.name();
    }

    @Override
    public int outputSize(Variable[] inputs) {
        if (inputs.length != 1 || inputs[0].size() != target.atomCount()) {
            throw new IllegalArgumentException("target '" + target.name() + "' expects one input of "
                    + target.atomCount() + " occupancies");
        }
        return 1;
    }

    @Override
    public void forward(ComputeBackend backend, Variable[] inputs, Variable output) {
        Variable occ = inputs[0];
        int n = occ.size();
        if (occupancies.length != n) {
            occupancies = new double[n];
            gradient = new double[n];
        }
        for (int i = 0; i < n; i++) {
            occupancies[i] = occ.value(i);
        }
        double value = target.evaluate(occupancies, gradient);
        if (output.values32() != null) {
            output.values32()[0] = (float) value;
        } else {
            output.values64()[0] = value;
        }
    }

    @Override
    public void backward(ComputeBackend backend, Variable[] inputs, Variable output) {
        double seed = output.grad(0);
        Variable occ = inputs[0];
        if (occ.grad32() != null) {
            float[] g = occ.grad32();
            for (int i = 0; i < g.length; i++) {
                g[i] += (float) (seed * gradient[i]);
            }
        } else {
            double[] g = occ.grad64();
            for (int i = 0; i < g.length; i++) {
                g[i] += seed * gradient[i];
            }
        }
    }
}
