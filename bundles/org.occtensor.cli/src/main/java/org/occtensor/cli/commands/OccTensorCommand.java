package org.occtensor.cli.commands;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code occtensor} command: refines crystallographic occupancies. */
@Command(name = "occtensor", mixinStandardHelpOptions = true, version = "OccTensor 0.1.0",
        description = "Refines crystallographic occupancies with grouped, constrained parameters.",
        subcommands = {DemoCommand.class, RefineCommand.class, GroupsCommand.class, StrategiesCommand.class,
                DevicesCommand.class, ModelVsDataCommand.class, FcalcCommand.class})
final class OccTensorCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    // The Felix launcher reads and removes this option before the command line reaches picocli; it is
    // declared here so that --help documents it.
    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Install and start every bundle in DIR before the command runs (./occtensor only; "
                    + "on a plain class path, put plug-in jars on the class path instead).")
    Path plugins;

    /** Without a command, prints the usage and exits with status 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ErrorHandler.USER_ERROR;
    }
}
