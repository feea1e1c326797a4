package org.occtensor.cli.commands;

import java.util.List;
import java.util.stream.Collectors;

import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.opencl.api.BackendSelection;
import org.occtensor.opencl.api.DeviceChoice;
import org.occtensor.opencl.api.DeviceSelector;
import org.occtensor.opencl.api.DeviceSpec;
import org.occtensor.opencl.api.OpenClDeviceInfo;
import org.occtensor.opencl.api.OpenClDevices;
import org.occtensor.refine.api.PluginRegistry;

import picocli.CommandLine.Option;

/** The {@code --device} option shared by every command that computes. */
public final class BackendArguments {

    @Option(names = "--device", paramLabel = "SPEC", defaultValue = "auto",
            description = "Compute device: auto (an OpenCL GPU, else any OpenCL device, else the CPU), cpu, "
                    + "opencl, opencl:N or opencl:NAME (default: ${DEFAULT-VALUE}).")
    String device = "auto";

    /**
     * Picks the backend for {@code --device}; the reason names what was found and why. A device named
     * by index or name that does not exist is an error; {@code auto} and {@code opencl} fall back
     * to the CPU when OpenCL cannot run.
     */
    public BackendSelection select(PluginRegistry registry) throws UserInputException {
        ComputeBackend cpu = registry.backend("cpu");
        DeviceSpec spec;
        try {
            spec = DeviceSpec.parse(device);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--device " + device + ": " + e.getMessage(), e);
        }
        if (spec.kind() == DeviceSpec.Kind.OPENCL_INDEX || spec.kind() == DeviceSpec.Kind.OPENCL_NAME) {
            List<OpenClDeviceInfo> devices = OpenClDevices.list();
            DeviceChoice choice = DeviceSelector.choose(spec, devices);
            if (choice.device().isEmpty()) {
                throw new UserInputException("--device " + device + ": no such OpenCL device; found "
                        + describe(devices) + " (run 'occtensor devices' to list them)");
            }
        }
        return BackendSelection.select(device, cpu);
    }

    private static String describe(List<OpenClDeviceInfo> devices) {
        if (devices.isEmpty()) {
            return "none (" + OpenClDevices.unavailableReason().orElse("no OpenCL platform reported a device") + ")";
        }
        return devices.stream().map(d -> d.index() + ": " + d.name()).collect(Collectors.joining(", "));
    }
}
