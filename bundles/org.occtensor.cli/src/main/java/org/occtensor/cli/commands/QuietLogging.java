package org.occtensor.cli.commands;

import java.util.List;

/**
 * Console logging for {@code --quiet}: only errors from OccTensor and the libraries that read its files.
 * slf4j-simple, the logger of the command-line builds, reads a logger's level from the system property
 * {@code org.slf4j.simpleLogger.log.NAME} when the logger is created. The loggers of the reading and
 * refinement classes are created when the command first uses them, after this runs.
 */
final class QuietLogging {

    /** Logger name prefixes raised to errors: OccTensor, BioJava and its mmCIF parser. */
    static final List<String> PREFIXES = List.of("org.occtensor", "org.biojava", "org.rcsb");

    private QuietLogging() {
    }

    /** Raises the level of loggers created from now on under {@link #PREFIXES} to errors, when {@code --quiet} is among {@code args}. */
    static void applyIfRequested(String[] args) {
        if (!List.of(args).contains("--quiet")) {
            return;
        }
        for (String prefix : PREFIXES) {
            System.setProperty("org.slf4j.simpleLogger.log." + prefix, "error");
        }
    }
}
