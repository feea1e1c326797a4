package org.occtensor.core.api;

import java.util.Arrays;

/**
 * Groups that are alternatives of one another: their occupancies sum to 1 ({@link Kind#COMPLETE})
 * or to at most 1 ({@link Kind#PARTIAL}).
 *
 * @param groups group ids, in the order the strategy listed them
 * @param kind   the sum rule
 */
public record ConformerSet(int[] groups, Kind kind) {

    /** The sum rule of a conformer set. */
    public enum Kind {
        /** Members sum to exactly 1. */
        COMPLETE,
        /** Members sum to at most 1; the rest is vacancy. */
        PARTIAL;

        /** Returns the lower-case name used in files and reports. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ConformerSet {
        groups = groups.clone();
    }

    @Override
    public int[] groups() {
        return groups.clone();
    }

    public int size() {
        return groups.length;
    }

    public int group(int k) {
        return groups[k];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConformerSet other && other.kind == kind && Arrays.equals(other.groups, groups);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(groups) + kind.hashCode();
    }

    @Override
    public String toString() {
        return kind.label() + Arrays.toString(groups);
    }
}
