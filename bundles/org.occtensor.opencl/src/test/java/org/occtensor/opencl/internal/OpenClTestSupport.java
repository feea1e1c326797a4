package org.occtensor.opencl.internal;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ServiceLoader;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.opencl.api.DeviceSelector;
import org.occtensor.opencl.api.OpenClDeviceInfo;

/**
 * Finds the OpenCL device and the CPU reference for tests. Without an OpenCL device the tests skip
 * with a message, except under {@code CI=true}, where they fail.
 */
final class OpenClTestSupport {

    private static OpenClBackend shared;

    private OpenClTestSupport() {
    }

    /** Returns the device {@code auto} would pick; skips or fails the test when there is none. */
    static ScannedDevice device() {
        DeviceScan scan = DeviceScanner.scan();
        ScannedDevice best = scan.devices().stream()
                .min((a, b) -> DeviceSelector.PREFERENCE.compare(a.info(), b.info()))
                .orElse(null);
        if (best == null) {
            String message = "no OpenCL device (" + scan.problem().orElse("the platform lists no device")
                    + "); install an OpenCL driver such as Debian's pocl-opencl-icd";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + ". CI=true requires an OpenCL device.");
            }
            assumeTrue(false, message);
        }
        return best;
    }

    /** Finds the CPU reference backend through ServiceLoader, as plain-Java users find it. */
    static ComputeBackend cpu() {
        return ServiceLoader.load(ComputeBackend.class).stream()
                .filter(provider -> provider.type() != OpenClBackendService.class)
                .map(ServiceLoader.Provider::get)
                .filter(backend -> "cpu".equals(backend.name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ComputeBackend named 'cpu' on the test class path"));
    }

    /** Returns one OpenCL backend shared by tests that do not break it, since building every kernel takes seconds. */
    static synchronized OpenClBackend sharedBackend() {
        ScannedDevice device = device();
        if (shared == null) {
            shared = OpenClBackend.create(device, cpu());
        }
        return shared;
    }

    /** Creates a backend of its own, for tests that count launches or make it fail. */
    static OpenClBackend freshBackend() {
        return OpenClBackend.create(device(), cpu());
    }

    static OpenClDeviceInfo deviceInfo() {
        return device().info();
    }
}
