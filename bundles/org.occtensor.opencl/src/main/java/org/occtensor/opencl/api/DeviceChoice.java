package org.occtensor.opencl.api;

import java.util.Optional;

/**
 * Outcome of {@link DeviceSelector#choose}: the OpenCL device to use, or none when the CPU backend
 * runs, and why.
 *
 * @param device the chosen OpenCL device; empty for the CPU backend
 * @param reason one sentence for the log and the report
 */
public record DeviceChoice(Optional<OpenClDeviceInfo> device, String reason) {
}
