package org.occtensor.core.spi;

/**
 * Array kernels that the occupancy tensor and the X-ray targets are built from.
 *
 * <p>Every op writes only its output arguments and leaves its inputs unchanged. Arrays are dense,
 * row-major and 0-based. Static data (the expansion index, conformer layout) is prepared once with
 * {@link #prepareExpansion} and {@link #prepareConformers}; a backend may keep it on a device across
 * calls. Sums are deterministic: the same input gives bit-identical output on every call.
 *
 * <p>In OSGi an implementation is a service with the {@code name} property and a
 * {@code service.ranking}; outside OSGi it is listed in {@code META-INF/services}.
 */
public interface ComputeBackend extends AutoCloseable {

    /** Service property that carries the backend name. */
    String NAME_PROPERTY = "name";

    /** Short name: {@code cpu} or {@code opencl}. */
    String name();

    /** The device that actually runs the kernels ("Java, 2 threads", "pthread-skylake on PoCL"). */
    String device();

    /** Indexes {@code groupOfAtom} (values in [0, groupCount)) for gather and segment sum. */
    ExpansionIndex prepareExpansion(int[] groupOfAtom, int groupCount);

    /**
     * Prepares the conformer layout. Set {@code s} owns the free groups
     * {@code members[setOffsets[s] .. setOffsets[s + 1])}; the first of them is the reference whose
     * logit is held at 0 when the set is complete. A partial set has an extra vacancy logit held at
     * 0. {@code budget[s]} is the occupancy left to the free members (1 minus the frozen members).
     */
    ConformerLayout prepareConformers(int groupCount, int[] setOffsets, int[] members, boolean[] partial,
                                      double[] budget);

    /** Expands group values to atoms: {@code atomValues[a] = groupValues[groupOfAtom[a]]}. Writes atomValues. */
    void gather(ExpansionIndex index, float[] groupValues, float[] atomValues);

    void gather(ExpansionIndex index, double[] groupValues, double[] atomValues);

    /** Scatter-add, the adjoint of gather: {@code groupSums[g] = sum of atomValues[a] over atoms of g}. Writes groupSums. */
    void segmentSum(ExpansionIndex index, float[] atomValues, float[] groupSums);

    void segmentSum(ExpansionIndex index, double[] atomValues, double[] groupSums);

    /** Logistic function of the first {@code n} values: {@code out[i] = 1 / (1 + exp(-logits[i]))}. Writes out. */
    void sigmoid(float[] logits, float[] out, int n);

    void sigmoid(double[] logits, double[] out, int n);

    /** Adjoint of sigmoid: {@code logitGrad[i] = outGrad[i] * out[i] * (1 - out[i])}. Writes logitGrad. */
    void sigmoidBackward(float[] out, float[] outGrad, float[] logitGrad, int n);

    void sigmoidBackward(double[] out, double[] outGrad, double[] logitGrad, int n);

    /**
     * Budget-scaled softmax over each set's free members. Writes {@code occupancies} at the free
     * members only; every other entry is left unchanged.
     */
    void conformerSoftmax(ConformerLayout layout, float[] logits, float[] occupancies);

    void conformerSoftmax(ConformerLayout layout, double[] logits, double[] occupancies);

    /**
     * Adjoint of {@link #conformerSoftmax}: for free member j of a set with budget B,
     * {@code logitGrad[j] = q[j] * (dq[j] - sum_i (q[i] / B) * dq[i])}. Writes {@code logitGrad} at
     * the free members only.
     */
    void conformerSoftmaxBackward(ConformerLayout layout, float[] occupancies, float[] occupancyGrad,
                                  float[] logitGrad);

    void conformerSoftmaxBackward(ConformerLayout layout, double[] occupancies, double[] occupancyGrad,
                                  double[] logitGrad);

    /**
     * Weighted sum of matrix rows: {@code out[c] = sum_r weights[r] * matrix[r * cols + c]}. With rows
     * of per-group partial structure factors this combines them by occupancy. Writes out.
     */
    void weightedRowSum(double[] matrix, int rows, int cols, double[] weights, double[] out);

    /** Adjoint of {@link #weightedRowSum}: {@code out[r] = sum_c matrix[r * cols + c] * vector[c]}. Writes out. */
    void rowDot(double[] matrix, int rows, int cols, double[] vector, double[] out);

    /**
     * Structure factors by direct summation over atoms and symmetry operators:
     * {@code F(h) = sum_ops sum_atoms occ * f0(type, h) * T(h) * exp(2 pi i h.(R x + t))}, where T is
     * {@code exp(-B s^2 / 4)} for isotropic atoms and {@code exp(-2 pi^2 h'^T U* h')} with
     * {@code h' = R^T h} for anisotropic ones. Writes {@code real} and {@code imag}, one per reflection.
     */
    void structureFactors(ScatteringAtoms atoms, Reflections reflections, SymmetryOperators operators,
                          double[] real, double[] imag);

    /**
     * Adjoint of {@link #structureFactors} with respect to occupancy: given dL/dRe F and dL/dIm F per
     * reflection, writes {@code occupancyGrad[a] = dL/d occ[a]}.
     */
    void structureFactorsOccupancyAdjoint(ScatteringAtoms atoms, Reflections reflections,
                                          SymmetryOperators operators, double[] realGrad, double[] imagGrad,
                                          double[] occupancyGrad);

    /** Releases device resources. The CPU backend holds none. */
    @Override
    void close();
}
