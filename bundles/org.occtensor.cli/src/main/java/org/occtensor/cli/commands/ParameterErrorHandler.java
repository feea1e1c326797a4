package org.occtensor.cli.commands;

import picocli.CommandLine;

/** Reports an unknown option or a missing argument with the command's usage hint; exit status 2. */
final class ParameterErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("error: " + e.getMessage());
        command.getErr().println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
        return ErrorHandler.USER_ERROR;
    }
}
