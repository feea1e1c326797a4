package org.occtensor.xray.data;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.occtensor.xray.api.ReflectionFileException;

/**
 * R-free test-set membership and the convention that produced it.
 *
 * @param free       true for reflections in the test set, one per kept reflection
 * @param convention human-readable rule, e.g. "test set = 0 (CCP4)"
 * @param label      the flag column, or null for a generated test set
 */
public record FreeFlags(boolean[] free, String convention, String label) {

    /**
     * Reads membership from a flag column over the kept rows.
     *
     * <p>An mmCIF status column marks the test set with 'f' by definition. In a numeric column the
     * test set is the smaller set. With two values it is the value of fewer reflections (CCP4 files
     * mark it 0, PHENIX files often 1). With more values (CCP4 FreeR_flag runs 0 to 19) it is 0.
     *
     * @param column flag column; its values at the kept rows are present
     * @param rows   the kept rows, in output order
     * @return the flags, or null when the column holds a single value and so marks no test set
     */
    static FreeFlags fromColumn(ReflectionTable table, TableColumn column, int[] rows)
            throws ReflectionFileException {
        boolean[] free = new boolean[rows.length];
        if (column.kind() == ColumnKind.STATUS) {
            for (int i = 0; i < rows.length; i++) {
                free[i] = column.values()[rows[i]] == 1.0;
            }
            return new FreeFlags(free, "test set = status 'f' (mmCIF)", column.label());
        }

        Map<Integer, Integer> counts = new TreeMap<>();
        for (int row : rows) {
            double value = column.values()[row];
            if (value != Math.rint(value)) {
                throw new ReflectionFileException(table.file(), "row " + (row + 1), "R-free flag column '"
                        + column.label() + "' holds " + value + ", which is not an integer");
            }
            counts.merge((int) value, 1, Integer::sum);
        }
        if (counts.size() < 2) {
            return null;
        }
        int testValue = testValue(counts);
        for (int i = 0; i < rows.length; i++) {
            free[i] = (int) column.values()[rows[i]] == testValue;
        }
        return new FreeFlags(free, describe(counts, testValue), column.label());
    }

    private static int testValue(Map<Integer, Integer> counts) {
        if (counts.size() > 2 && counts.containsKey(0)) {
            return 0;
        }
        int best = 0;
        int bestCount = Integer.MAX_VALUE;
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            if (entry.getValue() < bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }

    private static String describe(Map<Integer, Integer> counts, int testValue) {
        if (counts.size() > 2) {
            String rule = testValue == 0 ? "CCP4, flags " : "the least frequent of flags ";
            return "test set = " + testValue + " (" + rule + counts.keySet().iterator().next() + " to "
                    + ((TreeMap<Integer, Integer>) counts).lastKey() + ")";
        }
        String program = "";
        if (testValue == 0) {
            program = "; CCP4 convention";
        } else if (testValue == 1) {
            program = "; PHENIX convention";
        }
        int testCount = counts.get(testValue);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        String rule = 2 * testCount == total ? "the lower of two equally frequent flag values"
                : "the less frequent of two flag values";
        return String.format(Locale.ROOT, "test set = %d (%s, %,d of %,d%s)", testValue, rule, testCount, total,
                program);
    }

    /**
     * Draws a reproducible test set: each reflection's membership depends only on its indices, the
     * seed and the fraction, so it does not change when other reflections are added or removed.
     */
    static FreeFlags generate(int[] hkl, long seed, double fraction, String reason) {
        int n = hkl.length / 3;
        boolean[] free = new boolean[n];
        for (int i = 0; i < n; i++) {
            free[i] = uniform(seed, hkl[3 * i], hkl[3 * i + 1], hkl[3 * i + 2]) < fraction;
        }
        String percent = fraction * 100 == Math.rint(fraction * 100)
                ? String.valueOf((long) Math.rint(fraction * 100)) : String.valueOf(fraction * 100);
        return new FreeFlags(free, "generated " + percent + "% test set, seed " + seed + " (" + reason + ")", null);
    }

    /** Returns a uniform number in [0, 1) from the SplitMix64 finalizer (Steele, Lea and Flood 2014). */
    static double uniform(long seed, int h, int k, int l) {
        long z = seed + 0x9E3779B97F4A7C15L * (1 + (((long) h & 0x1FFFFF) << 42 | ((long) k & 0x1FFFFF) << 21
                | ((long) l & 0x1FFFFF)));
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}
