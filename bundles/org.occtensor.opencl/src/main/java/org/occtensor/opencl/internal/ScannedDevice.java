package org.occtensor.opencl.internal;

import com.aparapi.device.OpenCLDevice;
import org.occtensor.opencl.api.OpenClDeviceInfo;

/** A listed OpenCL device with the Aparapi handle that runs kernels on it. */
public record ScannedDevice(OpenClDeviceInfo info, OpenCLDevice device) {
}
