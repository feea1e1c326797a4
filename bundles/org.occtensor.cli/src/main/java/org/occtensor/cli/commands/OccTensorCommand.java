package org.occtensor.cli.commands;

import picocli.CommandLine.Command;

/** The {@code occtensor} command: refines crystallographic occupancies. */
@Command(name = "occtensor", mixinStandardHelpOptions = true, version = "OccTensor 0.1.0",
        description = "Refines crystallographic occupancies with grouped, constrained parameters.",
        subcommands = {DemoCommand.class, RefineCommand.class, GroupsCommand.class, StrategiesCommand.class,
                DevicesCommand.class, ModelVsDataCommand.class, FcalcCommand.class})
final class OccTensorCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
