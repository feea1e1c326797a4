package org.occtensor.opencl.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.opencl.internal.DeviceScan;
import org.occtensor.opencl.internal.DeviceScanner;
import org.occtensor.opencl.internal.KernelFailure;
import org.occtensor.opencl.internal.OpenClBackend;
import org.occtensor.opencl.internal.ScannedDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backend that a {@code --device} value resolves to, and why.
 *
 * <p>When OpenCL is absent, no device matches, or a kernel does not build on the chosen device,
 * {@link #select} returns the CPU backend with a reason that names the device, the kernel and the
 * error. The reason is logged once per call.
 *
 * @param backend the backend that runs the kernels
 * @param reason  one sentence saying which backend and device were chosen and why
 */
public record BackendSelection(ComputeBackend backend, String reason) {

    private static final Logger LOG = LoggerFactory.getLogger(BackendSelection.class);

    /**
     * Resolves a device spec ({@link DeviceSpec#FORMS}).
     *
     * @param spec        the {@code --device} value
     * @param cpuFallback the CPU backend, used for {@code cpu} and whenever OpenCL cannot run
     * @throws IllegalArgumentException if {@code spec} is not a valid device spec
     */
    public static BackendSelection select(String spec, ComputeBackend cpuFallback) {
        Objects.requireNonNull(cpuFallback, "cpuFallback");
        DeviceSpec parsed = DeviceSpec.parse(spec);
        if (parsed.kind() == DeviceSpec.Kind.CPU) {
            return report(new BackendSelection(cpuFallback, DeviceSelector.choose(parsed, List.of()).reason()),
                    false);
        }

        DeviceScan scan = DeviceScanner.scan();
        if (scan.problem().isPresent()) {
            return report(new BackendSelection(cpuFallback, "device '" + parsed + "': OpenCL is unavailable ("
                    + scan.problem().get() + "), using the CPU backend"), parsed.kind() != DeviceSpec.Kind.AUTO);
        }
        List<OpenClDeviceInfo> devices = scan.devices().stream().map(ScannedDevice::info)
                .collect(Collectors.toList());
        DeviceChoice choice = DeviceSelector.choose(parsed, devices);
        if (choice.device().isEmpty()) {
            return report(new BackendSelection(cpuFallback, choice.reason()), parsed.kind() != DeviceSpec.Kind.AUTO);
        }

        ScannedDevice device = scan.devices().get(choice.device().get().index());
        try {
            OpenClBackend backend = OpenClBackend.create(device, cpuFallback);
            return report(new BackendSelection(backend, choice.reason() + ", every kernel built"), false);
        } catch (KernelFailure e) {
            LOG.debug("Stack trace of the OpenCL kernel build failure", e);
            return report(new BackendSelection(cpuFallback, choice.reason() + ", but " + e.getMessage()
                    + "; using the CPU backend"), true);
        }
    }

    private static BackendSelection report(BackendSelection selection, boolean warn) {
        if (warn) {
            LOG.warn("Compute backend {} ({}): {}", selection.backend().name(), selection.backend().device(),
                    selection.reason());
        } else {
            LOG.info("Compute backend {} ({}): {}", selection.backend().name(), selection.backend().device(),
                    selection.reason());
        }
        return selection;
    }
}
