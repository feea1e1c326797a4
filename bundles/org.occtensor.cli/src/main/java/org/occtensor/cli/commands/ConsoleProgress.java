package org.occtensor.cli.commands;

import java.io.PrintWriter;
import java.util.Locale;

import org.occtensor.refine.api.ProgressListener;

/**
 * Progress on standard error: a one-line bar redrawn in place on a terminal, plain log lines
 * otherwise, nothing with {@code --quiet}.
 */
final class ConsoleProgress implements ProgressListener {

    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private boolean barShown;

    ConsoleProgress(PrintWriter err, boolean terminal, boolean quiet) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
    }

    @Override
    public void stage(String description) {
        if (!quiet && terminal) {
            draw(description, 0, 1);
        }
    }

    @Override
    public void iteration(int cycle, int cycles, int iteration, int maxIterations, double target) {
        if (quiet || !terminal) {
            return;
        }
        int done = (cycle - 1) * maxIterations + Math.min(iteration, maxIterations);
        draw(String.format(Locale.ROOT, "cycle %d/%d, iteration %d, target %.6g", cycle, cycles, iteration, target),
                done, cycles * maxIterations);
    }

    @Override
    public void info(String message) {
        if (quiet) {
            return;
        }
        if (barShown) {
            err.print("\r\033[K");
            barShown = false;
        }
        err.println(message);
        err.flush();
    }

    /** Clears the bar before the final summary is printed. */
    void finish() {
        if (barShown) {
            err.print("\r\033[K");
            err.flush();
            barShown = false;
        }
    }

    private void draw(String text, int done, int total) {
        int filled = total == 0 ? 0 : (int) Math.round(BAR_WIDTH * (double) done / total);
        String bar = "#".repeat(Math.min(BAR_WIDTH, filled)) + " ".repeat(Math.max(0, BAR_WIDTH - filled));
        err.print("\r\033[K[" + bar + "] " + text);
        err.flush();
        barShown = true;
    }
}
