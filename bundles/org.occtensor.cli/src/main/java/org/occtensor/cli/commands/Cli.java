package org.occtensor.cli.commands;

import java.io.PrintWriter;

import org.occtensor.refine.api.PluginRegistry;

import picocli.CommandLine;

/**
 * Entry point of the {@code occtensor} command tree, the same inside Felix and on a plain class
 * path. Exit status: 0 on success, 2 on bad input or options, 1 on an internal error.
 */
public final class Cli {

    private Cli() {
    }

    /**
     * Runs {@code args} against the plug-ins in {@code registry}, printing to standard output and error.
     * This is a process's entry point, so {@code --quiet} also limits console logging to errors.
     */
    public static int execute(PluginRegistry registry, String[] args) {
        QuietLogging.applyIfRequested(args);
        return execute(registry, args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs {@code args}, printing to {@code out} and {@code err}; returns the exit status. */
    public static int execute(PluginRegistry registry, String[] args, PrintWriter out, PrintWriter err) {
        CommandContext context = new CommandContext(registry, out, err);
        CommandLine line = new CommandLine(new OccTensorCommand(), new ContextFactory(context));
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler(new ErrorHandler(context));
        line.setParameterExceptionHandler(new ParameterErrorHandler());
        int status = line.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
