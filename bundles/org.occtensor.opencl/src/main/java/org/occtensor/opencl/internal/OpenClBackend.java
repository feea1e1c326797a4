package org.occtensor.opencl.internal;

import com.aparapi.Kernel;
import java.lang.reflect.InvocationTargetException;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.ConformerLayout;
import org.occtensor.core.spi.ExpansionIndex;
import org.occtensor.core.spi.Reflections;
import org.occtensor.core.spi.ScatteringAtoms;
import org.occtensor.core.spi.SymmetryOperators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ComputeBackend on one OpenCL device through Aparapi.
 *
 * <p>Every kernel is built when the backend is created, so a kernel the device rejects surfaces
 * as a {@link KernelFailure} from {@link #create} before any work runs. On a device without fp64
 * the double ops run on the CPU backend, which is logged once. If a kernel fails at run time the
 * failure is logged once and this op and every later one run on the CPU backend;
 * {@link #name()} and {@link #device()} then name the CPU backend.
 */
public final class OpenClBackend implements ComputeBackend {

    private static final Logger LOG = LoggerFactory.getLogger(OpenClBackend.class);

    private final KernelLauncher launcher;
    private final boolean fp64;
    private final ComputeBackend cpu;
    private final SigmoidOps sigmoid;
    private final MatrixOps matrix;
    private final StructureFactorOps structureFactors;
    private volatile KernelFailure failure;

    private OpenClBackend(ScannedDevice device, ComputeBackend cpu) {
        this.launcher = new KernelLauncher(device.device(), device.info().label());
        this.fp64 = device.info().fp64();
        this.cpu = cpu;
        buildAll();
        this.sigmoid = new SigmoidOps(launcher, fp64);
        this.matrix = fp64 ? new MatrixOps(launcher) : null;
        this.structureFactors = fp64 ? new StructureFactorOps(launcher) : null;
        if (!fp64) {
            LOG.warn("OpenCL device {} has no fp64 (cl_khr_fp64): float64 ops run on the CPU backend ({})",
                    launcher.label(), cpu.device());
        }
    }

    /**
     * Creates the backend and builds every kernel it can run on the device.
     *
     * @throws KernelFailure if a kernel does not build
     */
    public static OpenClBackend create(ScannedDevice device, ComputeBackend cpu) {
        return new OpenClBackend(device, cpu);
    }

    @Override
    public String name() {
        return failure == null ? "opencl" : cpu.name();
    }

    @Override
    public String device() {
        if (failure != null) {
            return cpu.device();
        }
        return fp64 ? launcher.label() : launcher.label() + "; float64 ops on " + cpu.device();
    }

    @Override
    public ExpansionIndex prepareExpansion(int[] groupOfAtom, int groupCount) {
        return new OpenClExpansionIndex(launcher, cpu.prepareExpansion(groupOfAtom, groupCount));
    }

    @Override
    public ConformerLayout prepareConformers(int groupCount, int[] setOffsets, int[] members, boolean[] partial,
                                             double[] budget) {
        return new OpenClConformerLayout(launcher, groupCount, setOffsets, members, partial, budget);
    }

    @Override
    public void gather(ExpansionIndex index, float[] groupValues, float[] atomValues) {
        OpenClExpansionIndex own = own(index);
        if (onDevice(false)) {
            try {
                own.gather(groupValues, atomValues);
                return;
            } catch (KernelFailure e) {
                fallBack(e);
            }
        }
        cpu.gather(own.cpuIndex(), groupValues, atomValues);
    }

    @Override
    public void gather(ExpansionIndex index, double[] groupValues, double[] atomValues) {
        OpenClExpansionIndex own = own(index);
        if (onDevice(true)) {
            try {
                own.gather(groupValues, atomValues);
                return;
            } catch (KernelFailure e) {
                fallBack(e);
            }
        }
        cpu.gather(own.cpuIndex(), groupValues, atomValues);
    }

    @Override
    public void segmentSum(ExpansionIndex index, float[] atomValues, float[] groupSums) {
        OpenClExpansionIndex own = own(index);
        if (onDevice(false)) {
            try {
                own.segmentSum(atomValues, groupSums);
                return;
            } catch (KernelFailure e) {
                fallBack(e);
            }
        }
        cpu.segmentSum(own.cpuIndex(), atomValues, groupSums);
    }

    @Override
    public void segmentSum(ExpansionIndex index, double[] atomValues, double[] groupSums) {
        OpenClExpansionIndex own = own(index);
        if (onDevice(true)) {
            try {
                own.segmentSum(atomValues, groupSums);
                return;
            } catch (KernelFailure e) {
                fallBack(e);
            }
        }
        cpu.segmentSum(own.cpuIndex(), atomValues, groupSums);
    }

    @Override
    public void sigmoid(float[] logits, float[] out, int n) {
        if (onDevice(false)) {
            try {
                sigmoid.sigmoid(logits, out, n);
                return;
            } catch (KernelFailure e) {
                fallBack(e);
            }
        }
        cpu.sigmoid(logits, out, n);
    }

    @Override
    public void sigmoid(double[] logits, double[] out, int n) {
        if (onDevice(true)) {
            try {
                sigmoid.sigmoid(logits, out, n);
                return;
            } catch (KernelFailure e) {
                fallBack(e);
            }
        }
        cpu.sigmoid(logits, out, n);
    }

    @Override
    public void sigmoidBackward(float[] out, float[] outGrad, float[] logitGrad, int n) {
        if (onDevice(false)) {
            try {
                sigmoid.backward(out, outGrad, logitGrad, n);
                return;
            } catch (KernelFailure e) {
                fallBack(e);
            }
        }
        cpu.sigmoidBackward(out, outGrad, logitGrad, n);
    }

    @Override
    public void sigmoidBackward(double[] out, double[] outGrad, double[] logitGrad, int n) {
        if (onDevice(true)) {
            try {
                sigmoid.backward(out, outGrad, logitGrad, n);
                return;
            } catch (KernelFailure e) {
                fallBack(e);
            }
        }
        cpu.sigmoidBackward(out, outGrad, logitGrad, n);
    }

    @Override
    public void conformerSoftmax(ConformerLayout layout, float[] logits, float[] occupancies) {
        OpenClConformerLayout own = own(layout);
        if (onDevice(false)) {
            try {
                own.softmax(logits, occupancies);
                return;
            } catch (KernelFailure e) {
                fallBack(e);
            }
        }
        cpu.conformerSoftmax(own.cpuLayout(cpu), logits, occupancies);
    }

    @Override
    public void conformerSoftmax(ConformerLayout layout, double[] logits, double[] occupancies) {
        OpenClConformerLayout own = own(layout);
        if (onDevice(true)) {
            try {
                own.softmax(logits, occupancies);
                return;
            } catch (KernelFailure e) {
                fallBack(e);
            }
        }
        cpu.conformerSoftmax(own.cpuLayout(cpu), logits, occupancies);
    }

    @Override
    public void conformerSoftmaxBackward(ConformerLayout layout, float[] occupancies, float[] occupancyGrad,
                                         float[] logitGrad) {
        OpenClConformerLayout own = own(layout);
        if (onDevice(false)) {
            try {
                own.backward(occupancies, occupancyGrad, logitGrad);
                return;
            } catch (KernelFailure e) {
                fallBack(e);
            }
        }
        cpu.conformerSoftmaxBackward(own.cpuLayout(cpu), occupancies, occupancyGrad, logitGrad);
    }

    @Override
    public void conformerSoftmaxBackward(ConformerLayout layout, double[] occupancies, double[] occupancyGrad,
                                         double[] logitGrad) {
        OpenClConformerLayout own = own(layout);
        if (onDevice(true)) {
            try {
                own.backward(occupancies, occupancyGrad, logitGrad);
                return;
            } catch (KernelFailure e) {
                fallBack(e);
            }
        }
        cpu.conformerSoftmaxBackward(own.cpuLayout(cpu), occupancies, occupancyGrad, logitGrad);
    }

    @Override
    public void weightedRowSum(double[] matrix, int rows, int cols, double[] weights, double[] out) {
        if (onDevice(true)) {
            try {
                this.matrix.weightedRowSum(matrix, rows, cols, weights, out);
                return;
            } catch (KernelFailure e) {
                fallBack(e);
            }
        }
        cpu.weightedRowSum(matrix, rows, cols, weights, out);
    }

    @Override
    public void rowDot(double[] matrix, int rows, int cols, double[] vector, double[] out) {
        if (onDevice(true)) {
            try {
                this.matrix.rowDot(matrix, rows, cols, vector, out);
                return;
            } catch (KernelFailure e) {
                fallBack(e);
            }
        }
        cpu.rowDot(matrix, rows, cols, vector, out);
    }

    @Override
    public void structureFactors(ScatteringAtoms atoms, Reflections reflections, SymmetryOperators operators,
                                 double[] real, double[] imag) {
        if (onDevice(true)) {
            try {
                structureFactors.compute(atoms, reflections, operators, real, imag);
                return;
            } catch (KernelFailure e) {
                fallBack(e);
            }
        }
        cpu.structureFactors(atoms, reflections, operators, real, imag);
    }

    @Override
    public void structureFactorsOccupancyAdjoint(ScatteringAtoms atoms, Reflections reflections,
                                                 SymmetryOperators operators, double[] realGrad, double[] imagGrad,
                                                 double[] occupancyGrad) {
        if (onDevice(true)) {
            try {
                structureFactors.occupancyAdjoint(atoms, reflections, operators, realGrad, imagGrad, occupancyGrad);
                return;
            } catch (KernelFailure e) {
                fallBack(e);
            }
        }
        cpu.structureFactorsOccupancyAdjoint(atoms, reflections, operators, realGrad, imagGrad, occupancyGrad);
    }

    /** Releases the kernels this backend owns; indexes and layouts release their own on close. */
    @Override
    public void close() {
        sigmoid.close();
        if (matrix != null) {
            matrix.close();
            structureFactors.close();
        }
    }

    @Override
    public String toString() {
        return name() + " (" + device() + ")";
    }

    /** Returns the launcher, for tests that check which kernels ran on the device. */
    public KernelLauncher launcher() {
        return launcher;
    }

    /** Returns the runtime failure that moved this backend to the CPU, or null while it runs on OpenCL. */
    public KernelFailure failure() {
        return failure;
    }

    /**
     * Builds one kernel of every class this device can run, so that a build failure shows at
     * creation. Later kernels of the same class reuse Aparapi's cached program binary. These
     * kernels never run, so they are not disposed (see {@link KernelLauncher#dispose}).
     */
    private void buildAll() {
        for (KernelCatalog.Entry entry : KernelCatalog.entries()) {
            if (entry.fp64() && !fp64) {
                continue;
            }
            launcher.prepare(instantiate(entry.kernel()));
        }
    }

    private boolean onDevice(boolean needsFp64) {
        return failure == null && (fp64 || !needsFp64);
    }

    private synchronized void fallBack(KernelFailure e) {
        if (failure == null) {
            failure = e;
            // One paragraph at WARN; the stack trace only helps when debugging Aparapi itself.
            LOG.warn("{}; this and every later op run on the CPU backend ({})", e.getMessage(), cpu.device());
            LOG.debug("Stack trace of the OpenCL kernel failure", e);
        }
    }

    private OpenClExpansionIndex own(ExpansionIndex index) {
        if (index instanceof OpenClExpansionIndex && ((OpenClExpansionIndex) index).launcher() == launcher) {
            return (OpenClExpansionIndex) index;
        }
        throw new IllegalArgumentException("expansion index " + index + " was not prepared by this backend ("
                + launcher.label() + "); call prepareExpansion on it");
    }

    private OpenClConformerLayout own(ConformerLayout layout) {
        if (layout instanceof OpenClConformerLayout && ((OpenClConformerLayout) layout).launcher() == launcher) {
            return (OpenClConformerLayout) layout;
        }
        throw new IllegalArgumentException("conformer layout " + layout + " was not prepared by this backend ("
                + launcher.label() + "); call prepareConformers on it");
    }

    private static Kernel instantiate(Class<? extends Kernel> kernelClass) {
        try {
            return kernelClass.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("kernel class " + kernelClass.getName() + " has no public no-argument "
                    + "constructor", e instanceof InvocationTargetException ? e.getCause() : e);
        }
    }
}
