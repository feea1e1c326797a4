package org.occtensor.opencl.internal;

import java.util.List;
import java.util.Optional;

/**
 * The OpenCL devices of this process, or why there are none.
 *
 * @param devices the devices in listing order
 * @param problem why OpenCL is unusable (native library not loaded, no platform); empty when the
 *                scan ran, even if it found no device
 */
public record DeviceScan(List<ScannedDevice> devices, Optional<String> problem) {
}
