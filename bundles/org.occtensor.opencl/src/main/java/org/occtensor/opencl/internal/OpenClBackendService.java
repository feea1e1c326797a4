package org.occtensor.opencl.internal;

import java.util.ServiceLoader;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.ConformerLayout;
import org.occtensor.core.spi.ExpansionIndex;
import org.occtensor.core.spi.Reflections;
import org.occtensor.core.spi.ScatteringAtoms;
import org.occtensor.core.spi.SymmetryOperators;
import org.occtensor.opencl.api.BackendSelection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code opencl} backend as a service: in OSGi a Declarative Services component ranked above
 * the CPU backend, outside OSGi a {@link ServiceLoader} provider. On first use it resolves the
 * device spec {@code opencl} with {@link BackendSelection#select}, so it runs on the best OpenCL
 * device or, when none can run the kernels, on the CPU backend; {@link #name()} and
 * {@link #device()} report the backend and device actually used.
 */
@Component(service = ComputeBackend.class, property = {ComputeBackend.NAME_PROPERTY + "=opencl",
        "service.ranking:Integer=10"})
public final class OpenClBackendService implements ComputeBackend {

    private final ComputeBackend cpu;
    private ComputeBackend delegate;
    private String reason;

    /** For {@link ServiceLoader}: the CPU backend is looked up among the other providers on first use. */
    public OpenClBackendService() {
        this.cpu = null;
    }

    /** For Declarative Services, with the CPU backend as the fallback. */
    @Activate
    public OpenClBackendService(@Reference(target = "(" + ComputeBackend.NAME_PROPERTY + "=cpu)") ComputeBackend cpu) {
        this.cpu = cpu;
    }

    /** Why this backend runs where it does: the reason of the selection made on first use. */
    public synchronized String selectionReason() {
        delegate();
        return reason;
    }

    /**
     * Returns the backend that runs the ops, selecting it on first use: an {@link OpenClBackend}, or
     * the CPU backend when no OpenCL device can run the kernels.
     */
    public synchronized ComputeBackend selectedBackend() {
        return delegate();
    }

    @Override
    public String name() {
        return delegate().name();
    }

    @Override
    public String device() {
        return delegate().device();
    }

    @Override
    public ExpansionIndex prepareExpansion(int[] groupOfAtom, int groupCount) {
        return delegate().prepareExpansion(groupOfAtom, groupCount);
    }

    @Override
    public ConformerLayout prepareConformers(int groupCount, int[] setOffsets, int[] members, boolean[] partial,
                                             double[] budget) {
        return delegate().prepareConformers(groupCount, setOffsets, members, partial, budget);
    }

    @Override
    public void gather(ExpansionIndex index, float[] groupValues, float[] atomValues) {
        delegate().gather(index, groupValues, atomValues);
    }

    @Override
    public void gather(ExpansionIndex index, double[] groupValues, double[] atomValues) {
        delegate().gather(index, groupValues, atomValues);
    }

    @Override
    public void segmentSum(ExpansionIndex index, float[] atomValues, float[] groupSums) {
        delegate().segmentSum(index, atomValues, groupSums);
    }

    @Override
    public void segmentSum(ExpansionIndex index, double[] atomValues, double[] groupSums) {
        delegate().segmentSum(index, atomValues, groupSums);
    }

    @Override
    public void sigmoid(float[] logits, float[] out, int n) {
        delegate().sigmoid(logits, out, n);
    }

    @Override
    public void sigmoid(double[] logits, double[] out, int n) {
        delegate().sigmoid(logits, out, n);
    }

    @Override
    public void sigmoidBackward(float[] out, float[] outGrad, float[] logitGrad, int n) {
        delegate().sigmoidBackward(out, outGrad, logitGrad, n);
    }

    @Override
    public void sigmoidBackward(double[] out, double[] outGrad, double[] logitGrad, int n) {
        delegate().sigmoidBackward(out, outGrad, logitGrad, n);
    }

    @Override
    public void conformerSoftmax(ConformerLayout layout, float[] logits, float[] occupancies) {
        delegate().conformerSoftmax(layout, logits, occupancies);
    }

    @Override
    public void conformerSoftmax(ConformerLayout layout, double[] logits, double[] occupancies) {
        delegate().conformerSoftmax(layout, logits, occupancies);
    }

    @Override
    public void conformerSoftmaxBackward(ConformerLayout layout, float[] occupancies, float[] occupancyGrad,
                                         float[] logitGrad) {
        delegate().conformerSoftmaxBackward(layout, occupancies, occupancyGrad, logitGrad);
    }

    @Override
    public void conformerSoftmaxBackward(ConformerLayout layout, double[] occupancies, double[] occupancyGrad,
                                         double[] logitGrad) {
        delegate().conformerSoftmaxBackward(layout, occupancies, occupancyGrad, logitGrad);
    }

    @Override
    public void weightedRowSum(double[] matrix, int rows, int cols, double[] weights, double[] out) {
        delegate().weightedRowSum(matrix, rows, cols, weights, out);
    }

    @Override
    public void rowDot(double[] matrix, int rows, int cols, double[] vector, double[] out) {
        delegate().rowDot(matrix, rows, cols, vector, out);
    }

    @Override
    public void structureFactors(ScatteringAtoms atoms, Reflections reflections, SymmetryOperators operators,
                                 double[] real, double[] imag) {
        delegate().structureFactors(atoms, reflections, operators, real, imag);
    }

    @Override
    public void structureFactorsOccupancyAdjoint(ScatteringAtoms atoms, Reflections reflections,
                                                 SymmetryOperators operators, double[] realGrad, double[] imagGrad,
                                                 double[] occupancyGrad) {
        delegate().structureFactorsOccupancyAdjoint(atoms, reflections, operators, realGrad, imagGrad,
                occupancyGrad);
    }

    /** Releases the OpenCL kernels, if any were built; the CPU backend is not this service's to close. */
    @Deactivate
    @Override
    public synchronized void close() {
        if (delegate instanceof OpenClBackend) {
            delegate.close();
        }
        delegate = null;
    }

    @Override
    public String toString() {
        return "opencl service (" + (delegate == null ? "not selected yet" : delegate.toString()) + ")";
    }

    private synchronized ComputeBackend delegate() {
        if (delegate == null) {
            BackendSelection selection = BackendSelection.select("opencl", cpu != null ? cpu : loadCpuBackend());
            delegate = selection.backend();
            reason = selection.reason();
        }
        return delegate;
    }

    /** Finds the {@code cpu} provider without instantiating this class again. */
    private static ComputeBackend loadCpuBackend() {
        return ServiceLoader.load(ComputeBackend.class, OpenClBackendService.class.getClassLoader()).stream()
                .filter(provider -> provider.type() != OpenClBackendService.class)
                .map(ServiceLoader.Provider::get)
                .filter(backend -> "cpu".equals(backend.name()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no ComputeBackend named 'cpu' among the "
                        + "ServiceLoader providers; put org.occtensor.core on the class path"));
    }
}
