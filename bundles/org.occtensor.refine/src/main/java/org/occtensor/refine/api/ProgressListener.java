package org.occtensor.refine.api;

/** Progress of a refinement, for a progress bar or log lines. Called on the refining thread. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
    };

    /** Reports that a stage starts ("reading", "structure factors and scaling"). */
    default void stage(String description) {
    }

    /** Reports the end of one optimizer iteration within a macro-cycle. */
    default void iteration(int cycle, int cycles, int iteration, int maxIterations, double target) {
    }

    /** Reports the end of a macro-cycle with its R factors. */
    default void cycle(int cycle, int cycles, double rWork, double rFree) {
    }

    /** Passes on a log line (already formatted). */
    default void info(String message) {
    }
}
