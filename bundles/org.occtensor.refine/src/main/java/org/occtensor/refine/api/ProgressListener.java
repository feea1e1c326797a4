package org.occtensor.refine.api;

/** Progress of a refinement, for a progress bar or log lines. Called on the refining thread. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
    };

    /** A stage starts ("reading model", "structure factors"). */
    default void stage(String description) {
    }

    /** An optimizer iteration ended within a cycle. */
    default void iteration(int cycle, int cycles, int iteration, int maxIterations, double target) {
    }

    /** A macro-cycle ended with these R factors. */
    default void cycle(int cycle, int cycles, double rWork, double rFree) {
    }

    /** A message for the log (already formatted). */
    default void info(String message) {
    }
}
