package org.occtensor.cli.commands;

import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;

/**
 * Turns exceptions from a command into an exit status: user errors (bad files, options, plans) give 2
 * with their message; anything else is an internal error, status 1, with the stack trace in the log.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    static final int USER_ERROR = 2;
    static final int INTERNAL_ERROR = 1;

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    /** Exception types from other bundles that mean bad input, matched by simple name to avoid imports. */
    private static final Set<String> USER_ERROR_TYPES = Set.of("ModelReadException", "ReflectionFileException",
            "GroupingException", "InvalidPlanException", "InvalidOccupancyException", "DataModelMismatchException",
            "UnknownPluginException", "StrategyFailedException");

    private final CommandContext context;

    ErrorHandler(CommandContext context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
        if (isUserError(e)) {
            context.err().println("error: " + (isUserMessage(e) ? e.getMessage() : message(e)));
            return USER_ERROR;
        }
        LOG.error("internal error in '{}'", command.getCommandName(), e);
        context.err().println("internal error: " + e + " (please report it with the command line you ran)");
        return INTERNAL_ERROR;
    }

    static boolean isUserError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UserInputException || t instanceof FileSystemException
                    || USER_ERROR_TYPES.contains(t.getClass().getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    /** Tells whether the message was written for the user, so it is shown as it is (not a wrapped file-system error). */
    private static boolean isUserMessage(Throwable e) {
        return !(e instanceof FileSystemException) && e.getMessage() != null
                && !(e.getCause() instanceof FileSystemException);
    }

    private static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NoSuchFileException missing) {
                return missing.getFile() + ": file not found";
            }
            if (t instanceof FileSystemException failed) {
                return failed.getFile() + ": " + (failed.getReason() == null ? failed.getClass().getSimpleName()
                        : failed.getReason());
            }
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
