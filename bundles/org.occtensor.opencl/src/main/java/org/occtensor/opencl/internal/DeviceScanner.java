package org.occtensor.opencl.internal;

import com.aparapi.device.Device;
import com.aparapi.device.OpenCLDevice;
import com.aparapi.exception.CompileFailedException;
import com.aparapi.internal.opencl.OpenCLLoader;
import com.aparapi.internal.opencl.OpenCLPlatform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.occtensor.opencl.api.DeviceType;
import org.occtensor.opencl.api.OpenClDeviceInfo;
import org.occtensor.opencl.internal.kernels.Fp64ProbeKernel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists OpenCL platforms and devices through Aparapi, once per process: devices do not come and go
 * while a refinement runs, and probing fp64 builds a kernel per device.
 */
public final class DeviceScanner {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceScanner.class);

    private static DeviceScan scan;

    private DeviceScanner() {
    }

    /** Scans on the first call and returns the same result afterwards. */
    public static synchronized DeviceScan scan() {
        if (scan == null) {
            scan = scanNow();
            scan.problem().ifPresent(problem -> LOG.info("OpenCL is unavailable: {}", problem));
            for (ScannedDevice device : scan.devices()) {
                LOG.debug("OpenCL device {}", device.info());
            }
        }
        return scan;
    }

    private static DeviceScan scanNow() {
        try {
            AparapiLogBridge.install();
            if (!OpenCLLoader.isOpenCLAvailable()) {
                return new DeviceScan(List.of(), Optional.of("Aparapi could not load its native library or the "
                        + "OpenCL ICD loader (libOpenCL); install an OpenCL driver, for example Debian's "
                        + "pocl-opencl-icd"));
            }
            List<ScannedDevice> devices = new ArrayList<>();
            for (OpenCLPlatform platform : new OpenCLPlatform().getOpenCLPlatforms()) {
                for (OpenCLDevice device : platform.getOpenCLDevices()) {
                    devices.add(new ScannedDevice(describe(devices.size(), platform, device), device));
                }
            }
            return new DeviceScan(List.copyOf(devices), Optional.empty());
        } catch (LinkageError | RuntimeException e) {
            return new DeviceScan(List.of(), Optional.of("listing OpenCL devices failed: " + e));
        }
    }

    private static OpenClDeviceInfo describe(int index, OpenCLPlatform platform, OpenCLDevice device) {
        return new OpenClDeviceInfo(index, platform.getName(), platform.getVendor(), device.getName(),
                typeOf(device.getType()), device.getGlobalMemSize(), probeFp64(device));
    }

    /**
     * Builds a kernel that uses doubles: Aparapi refuses it for a device without cl_khr_fp64. The
     * probe is not disposed because Aparapi 3.0.0 crashes disposing a kernel that never ran.
     */
    private static boolean probeFp64(OpenCLDevice device) {
        try {
            new Fp64ProbeKernel().compile(device);
            return true;
        } catch (CompileFailedException e) {
            LOG.debug("fp64 probe failed on {}: {}", device.getName(), e.getMessage());
            return false;
        }
    }

    private static DeviceType typeOf(Device.TYPE type) {
        switch (type) {
            case GPU:
                return DeviceType.GPU;
            case CPU:
                return DeviceType.CPU;
            case ACC:
                return DeviceType.ACCELERATOR;
            default:
                return DeviceType.OTHER;
        }
    }
}
