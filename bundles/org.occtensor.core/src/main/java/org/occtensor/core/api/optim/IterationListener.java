package org.occtensor.core.api.optim;

/**
 * Receives one report after each completed iteration, for progress display and logs. It is
 * called on the thread that runs the optimizer, and an exception it throws ends the run.
 */
@FunctionalInterface
public interface IterationListener {

    /** A listener that ignores every report. */
    IterationListener NONE = report -> { };

    /** Handles the report of an iteration that has just completed. */
    void onIteration(IterationReport report);
}
