package org.occtensor.opencl.api;

/** OpenCL device type as reported by the driver. */
public enum DeviceType {
    GPU,
    CPU,
    ACCELERATOR,
    OTHER
}
