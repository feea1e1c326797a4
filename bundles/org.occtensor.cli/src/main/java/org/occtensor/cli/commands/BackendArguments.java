package org.occtensor.cli.commands;

import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.opencl.api.BackendSelection;
import org.occtensor.refine.api.PluginRegistry;

import picocli.CommandLine.Option;

/** The {@code --device} option shared by every command that computes. */
public final class BackendArguments {

    @Option(names = "--device", paramLabel = "SPEC", defaultValue = "auto",
            description = "Compute device: auto (an OpenCL GPU, else any OpenCL device, else the CPU), cpu, "
                    + "opencl, opencl:N or opencl:NAME (default: ${DEFAULT-VALUE}).")
    String device = "auto";

    /** Picks the backend for {@code --device}; the reason says what was found and why. */
    public BackendSelection select(PluginRegistry registry) throws UserInputException {
        ComputeBackend cpu = registry.backend("cpu");
        try {
            return BackendSelection.select(device, cpu);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--device " + device + ": " + e.getMessage(), e);
        }
    }
}
