package org.occtensor.opencl.api;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.occtensor.opencl.internal.DeviceScanner;
import org.occtensor.opencl.internal.ScannedDevice;

/** The OpenCL devices of this machine, scanned once per process through Aparapi. */
public final class OpenClDevices {

    private OpenClDevices() {
    }

    /** Every OpenCL device of every platform, in index order; empty when OpenCL is unavailable. */
    public static List<OpenClDeviceInfo> list() {
        return DeviceScanner.scan().devices().stream().map(ScannedDevice::info).collect(Collectors.toList());
    }

    /** The device that {@code auto} picks, if any. */
    public static Optional<OpenClDeviceInfo> autoChoice() {
        return DeviceSelector.best(list());
    }

    /** Why OpenCL is unusable here (no native library, no ICD loader); empty when the scan ran. */
    public static Optional<String> unavailableReason() {
        return DeviceScanner.scan().problem();
    }
}
