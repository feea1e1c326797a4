package org.occtensor.xray.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Choices for reading reflection data.
 *
 * @param labels       column labels chosen by the user, empty for automatic choice. Accepted forms:
 *                     amplitude and sigma ("F,SIGF"), plus an R-free flag column ("F,SIGF,FREE"), an
 *                     anomalous pair ("F(+),SIGF(+),F(-),SIGF(-)"), or an anomalous pair plus flags
 *                     (five labels). Intensity columns may be named in place of amplitudes.
 * @param freeSeed     seed of the generated test set, used only when the file has no R-free flags
 * @param freeFraction fraction of reflections in a generated test set, in (0, 0.5]
 */
public record ReflectionOptions(List<String> labels, long freeSeed, double freeFraction) {

    /** Seed of the generated test set unless the caller chooses another. */
    public static final long DEFAULT_FREE_SEED = 20261204L;

    /** Test-set fraction used by phenix and CCP4 by default. */
    public static final double DEFAULT_FREE_FRACTION = 0.05;

    public ReflectionOptions {
        labels = List.copyOf(labels);
        int n = labels.size();
        if (n != 0 && (n < 2 || n > 5)) {
            throw new IllegalArgumentException("expected 2 to 5 column labels (F,SIGF[,FREE] or "
                    + "F(+),SIGF(+),F(-),SIGF(-)[,FREE]), got " + n + ": " + String.join(",", labels));
        }
        for (String label : labels) {
            if (label.isBlank()) {
                throw new IllegalArgumentException("empty column label in " + String.join(",", labels));
            }
        }
        if (!(freeFraction > 0.0 && freeFraction <= 0.5)) {
            throw new IllegalArgumentException("free fraction must be in (0, 0.5], got " + freeFraction);
        }
    }

    /** Returns automatic column choice and the default generated test set (5%, seed 20261204). */
    public static ReflectionOptions defaults() {
        return new ReflectionOptions(List.of(), DEFAULT_FREE_SEED, DEFAULT_FREE_FRACTION);
    }

    /**
     * Returns these options with labels parsed from a comma-separated list such as "F,SIGF" or
     * "FP,SIGFP,FreeR_flag"; a null or blank list restores automatic choice.
     */
    public ReflectionOptions withLabels(String commaSeparated) {
        List<String> parsed = new ArrayList<>();
        if (commaSeparated != null && !commaSeparated.isBlank()) {
            for (String part : commaSeparated.split(",", -1)) {
                parsed.add(part.trim());
            }
        }
        return new ReflectionOptions(parsed, freeSeed, freeFraction);
    }

    /** Returns these options with another seed and fraction for a generated test set. */
    public ReflectionOptions withFreeSet(long seed, double fraction) {
        return new ReflectionOptions(labels, seed, fraction);
    }

    /** Returns true when the user chose the columns. */
    public boolean hasLabels() {
        return !labels.isEmpty();
    }
}
