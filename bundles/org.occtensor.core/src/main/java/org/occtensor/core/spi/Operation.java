package org.occtensor.core.spi;

import org.occtensor.core.api.autodiff.Variable;

/**
 * A differentiable array operation with a hand-written adjoint, recorded on a
 * {@link org.occtensor.core.api.autodiff.Tape}.
 *
 * <p>Implementations handle both precisions: read {@code values32()}/{@code grad32()} when the
 * inputs are FLOAT32 and the 64-bit arrays otherwise. Every adjoint must be checked against central
 * differences.
 */
public interface Operation {

    /** Name for messages and profiles. */
    String name();

    /** Length of the output for these inputs. */
    int outputSize(Variable[] inputs);

    /** Computes {@code output} values from the input values. Writes output values only. */
    void forward(ComputeBackend backend, Variable[] inputs, Variable output);

    /**
     * Adds the contribution of {@code output}'s gradient to each input's gradient
     * ({@code inputs[k].grad += J_k^T output.grad}). Inputs that are constants may be skipped.
     */
    void backward(ComputeBackend backend, Variable[] inputs, Variable output);
}
