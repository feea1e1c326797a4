package org.occtensor.core.api.autodiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.occtensor.core.api.Precision;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.Operation;

/**
 * Reverse-mode differentiation over arrays. Operations are recorded once by {@link #apply} and can
 * be replayed with {@link #forward()} after the inputs change, so a refinement loop reuses every
 * buffer instead of allocating per step.
 */
public final class Tape {

    private final ComputeBackend backend;
    private final Precision precision;
    private final List<Step> steps = new ArrayList<>();
    private final List<Variable> variables = new ArrayList<>();

    public Tape(ComputeBackend backend, Precision precision) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.precision = Objects.requireNonNull(precision, "precision");
    }

    public ComputeBackend backend() {
        return backend;
    }

    public Precision precision() {
        return precision;
    }

    /** Creates a leaf variable of {@code size} zeros. */
    public Variable input(String name, int size) {
        Variable v = new Variable(name, size, precision);
        variables.add(v);
        return v;
    }

    /** Creates a leaf variable holding {@code values} (narrowed to float for FLOAT32). */
    public Variable input(String name, double[] values) {
        Variable v = input(name, values.length);
        v.setValues(values);
        return v;
    }

    /** Records {@code op} on {@code inputs}, computes its output now and returns it. */
    public Variable apply(Operation op, Variable... inputs) {
        for (Variable input : inputs) {
            if (input.precision() != precision) {
                throw new IllegalArgumentException("operation '" + op.name() + "' got a " + input.precision()
                        + " input on a " + precision + " tape");
            }
        }
        Variable output = new Variable(op.name(), op.outputSize(inputs), precision);
        variables.add(output);
        Step step = new Step(op, inputs.clone(), output);
        steps.add(step);
        op.forward(backend, step.inputs, output);
        return output;
    }

    /** Recomputes every recorded operation in order, after leaf values changed. */
    public void forward() {
        for (Step step : steps) {
            step.op.forward(backend, step.inputs, step.output);
        }
    }

    /** Back-propagates from a scalar {@code output}: its gradient is seeded with 1. */
    public void backward(Variable output) {
        if (output.size() != 1) {
            throw new IllegalArgumentException("backward from '" + output.name() + "' needs a scalar, it has "
                    + output.size() + " values; pass a seed");
        }
        backward(output, new double[] {1.0});
    }

    /** Back-propagates {@code seed} (dLoss/d output) through every recorded operation. */
    public void backward(Variable output, double[] seed) {
        if (seed.length != output.size()) {
            throw new IllegalArgumentException("seed has " + seed.length + " values for '" + output.name()
                    + "' of size " + output.size());
        }
        for (Variable v : variables) {
            v.zeroGrad();
        }
        for (int i = 0; i < seed.length; i++) {
            if (output.grad32() != null) {
                output.grad32()[i] = (float) seed[i];
            } else {
                output.grad64()[i] = seed[i];
            }
        }
        for (int s = steps.size() - 1; s >= 0; s--) {
            Step step = steps.get(s);
            step.op.backward(backend, step.inputs, step.output);
        }
    }

    private record Step(Operation op, Variable[] inputs, Variable output) {
    }
}
