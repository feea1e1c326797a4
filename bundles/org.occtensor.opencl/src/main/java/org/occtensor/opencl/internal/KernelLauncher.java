package org.occtensor.opencl.internal;

import com.aparapi.Kernel;
import com.aparapi.Range;
import com.aparapi.device.OpenCLDevice;
import com.aparapi.exception.CompileFailedException;
import com.aparapi.exception.QueryFailedException;
import com.aparapi.internal.kernel.KernelManager;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Builds and runs Aparapi kernels on one OpenCL device and never lets Aparapi emulate them.
 *
 * <p>Each kernel is pinned to the device in three ways: the execution mode is set to the device
 * type without a fallback mode, the kernel's preferred device list holds only this device, and
 * every launch passes a range created for this device. With that setup Aparapi 3.0.0 raises an
 * {@link AssertionError} instead of switching to its Java thread pool when the device fails, and
 * the launch also checks {@link Kernel#isRunningCL()} afterwards. Either way a {@link KernelFailure}
 * results.
 *
 * <p>Kernels use explicit buffer management: only arrays passed to {@link #upload} are copied to
 * the device and only arrays passed to {@link #download} are copied back.
 *
 * <p>Device buffers never alias Java arrays. Aparapi 3.0.0 marks every OpenCL device as sharing
 * host memory, so its native code creates each buffer with {@code CL_MEM_USE_HOST_PTR} on the
 * address of the pinned array. After the garbage collector moves the array, an explicit {@code get}
 * records the new address, so the next launch does not detect the move and keeps the old buffer.
 * PoCL on the CPU then reads and writes the old address, which corrupts the Java heap until the JVM
 * fails with SIGSEGV. G1 does not move arrays of half a region or more, so large tensors rarely hit
 * this. With shared memory off, buffers use {@code CL_MEM_COPY_HOST_PTR} and own their storage.
 */
public final class KernelLauncher {

    /**
     * Work-group size used unless the device or kernel allows less. 128 work items fill the SIMD
     * lanes of current GPUs (multiples of 32 or 64) and keep enough groups in flight for small
     * launches. The kernels do not depend on the value.
     */
    static final int PREFERRED_LOCAL_SIZE = 128;

    private final OpenCLDevice device;
    private final String label;
    private final Kernel.EXECUTION_MODE mode;
    private final Map<Class<?>, Integer> localSizes = new ConcurrentHashMap<>();
    private final Map<Class<?>, LongAdder> launches = new ConcurrentHashMap<>();
    private final Map<Class<?>, LongAdder> staticUploads = new ConcurrentHashMap<>();
    private final Set<Kernel> launched = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    KernelLauncher(OpenCLDevice device, String label) {
        // Aparapi reads this flag when a kernel is built; see the class comment for why it must be off.
        device.setSharedMemory(false);
        this.device = device;
        this.label = label;
        this.mode = modeFor(device);
    }

    /** Device label for messages: "name on platform". */
    String label() {
        return label;
    }

    /**
     * Pins a new kernel to the device and builds it.
     *
     * @throws KernelFailure if Aparapi cannot translate the kernel or the OpenCL compiler rejects it
     */
    @SuppressWarnings("deprecation")
    <K extends Kernel> K prepare(K kernel) {
        kernel.setExplicit(true);
        if (mode != null) {
            kernel.setExecutionModeWithoutFallback(mode);
        }
        KernelManager.instance().setPreferredDevices(kernel, new LinkedHashSet<>(List.of(device)));
        try {
            kernel.compile(device);
        } catch (CompileFailedException | RuntimeException e) {
            throw new KernelFailure(label, name(kernel), "failed to build", e);
        }
        localSizes.computeIfAbsent(kernel.getClass(), c -> localSizeFor(kernel));
        return kernel;
    }

    /** Runs {@code workItems} work items (none when 0), rounding the global size up to whole work groups. */
    @SuppressWarnings("deprecation")
    void launch(Kernel kernel, int workItems) {
        if (workItems == 0) {
            return;
        }
        int local = localSizes.get(kernel.getClass());
        int global = (int) Math.min(Integer.MAX_VALUE, ((long) workItems + local - 1) / local * local);
        Range range = Range.create(device, global, local);
        try {
            kernel.execute(range);
        } catch (AssertionError | RuntimeException e) {
            // Aparapi signals a failed device with an AssertionError once fallback is disabled.
            throw new KernelFailure(label, name(kernel), "failed to run", e);
        }
        if (!kernel.isRunningCL() || (mode != null && kernel.getExecutionMode() != mode)) {
            throw new KernelFailure(label, name(kernel), "fell back to " + kernel.getTargetDevice()
                    .getShortDescription() + " in Aparapi");
        }
        launches.computeIfAbsent(kernel.getClass(), c -> new LongAdder()).increment();
        launched.add(kernel);
    }

    /**
     * Releases a kernel's OpenCL resources if it ever ran. Aparapi 3.0.0's native dispose reads
     * argument data that only the first launch sets up, so it crashes the JVM for a kernel that was
     * built but never launched. Such a kernel keeps its OpenCL context until the process ends.
     */
    void dispose(Kernel kernel) {
        if (kernel != null && launched.remove(kernel)) {
            kernel.dispose();
        }
    }

    /** Copies a static array to the device; counted so that tests can check it happens once. */
    void uploadStatic(Kernel kernel, int[] array) {
        kernel.put(array);
        countStatic(kernel);
    }

    void uploadStatic(Kernel kernel, float[] array) {
        kernel.put(array);
        countStatic(kernel);
    }

    void uploadStatic(Kernel kernel, double[] array) {
        kernel.put(array);
        countStatic(kernel);
    }

    void upload(Kernel kernel, int[] array) {
        kernel.put(array);
    }

    void upload(Kernel kernel, float[] array) {
        kernel.put(array);
    }

    void upload(Kernel kernel, double[] array) {
        kernel.put(array);
    }

    /**
     * Uploads an output that the kernel writes only in part ({@code written} of its entries), so
     * that {@link #download} does not copy stale device contents over the entries left alone.
     */
    void uploadIfPartlyWritten(Kernel kernel, float[] output, int written) {
        if (output.length > written) {
            kernel.put(output);
        }
    }

    void uploadIfPartlyWritten(Kernel kernel, double[] output, int written) {
        if (output.length > written) {
            kernel.put(output);
        }
    }

    void download(Kernel kernel, float[] array) {
        kernel.get(array);
    }

    void download(Kernel kernel, double[] array) {
        kernel.get(array);
    }

    /** Number of launches of a kernel class that ran on the OpenCL device. */
    long launchCount(Class<? extends Kernel> kernelClass) {
        LongAdder count = launches.get(kernelClass);
        return count == null ? 0 : count.sum();
    }

    /** Number of static-array uploads made for a kernel class. */
    long staticUploadCount(Class<? extends Kernel> kernelClass) {
        LongAdder count = staticUploads.get(kernelClass);
        return count == null ? 0 : count.sum();
    }

    /**
     * Replaces the work-group size of a kernel class. Only tests use it, to make a launch that the
     * OpenCL driver itself rejects (a size above the device maximum).
     */
    void overrideLocalSize(Class<? extends Kernel> kernelClass, int size) {
        localSizes.put(kernelClass, size);
    }

    /** Work-group size used for a kernel class, once a kernel of it was prepared. */
    int localSize(Class<? extends Kernel> kernelClass) {
        return localSizes.getOrDefault(kernelClass, PREFERRED_LOCAL_SIZE);
    }

    private void countStatic(Kernel kernel) {
        staticUploads.computeIfAbsent(kernel.getClass(), c -> new LongAdder()).increment();
    }

    private int localSizeFor(Kernel kernel) {
        int size = Math.min(PREFERRED_LOCAL_SIZE, device.getMaxWorkGroupSize());
        try {
            size = Math.min(size, kernel.getKernelMaxWorkGroupSize(device));
        } catch (QueryFailedException e) {
            // The device limit still applies; the kernel-specific one only matters for register-heavy kernels.
        }
        return Math.max(1, size);
    }

    @SuppressWarnings("deprecation")
    private static Kernel.EXECUTION_MODE modeFor(OpenCLDevice device) {
        switch (device.getType()) {
            case GPU:
                return Kernel.EXECUTION_MODE.GPU;
            case CPU:
                return Kernel.EXECUTION_MODE.CPU;
            case ACC:
                return Kernel.EXECUTION_MODE.ACC;
            default:
                // Aparapi has no execution mode for other types; the isRunningCL check still applies.
                return null;
        }
    }

    private static String name(Kernel kernel) {
        return kernel.getClass().getSimpleName();
    }
}
