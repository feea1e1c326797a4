package org.occtensor.core.spi;

/**
 * Static expansion data prepared by a {@link ComputeBackend}: the atom-to-group map and its
 * group-sorted inverse (segment offsets), kept by the backend across calls.
 */
public interface ExpansionIndex extends AutoCloseable {

    int atomCount();

    int groupCount();

    /** Group of each atom; the backend's copy, not to be modified. */
    int[] groupOfAtom();

    /** Atoms of group g are {@code atomsByGroup()[segmentOffsets()[g] .. segmentOffsets()[g + 1])}. */
    int[] segmentOffsets();

    /** Atom indices sorted by group, ascending within a group. */
    int[] atomsByGroup();

    @Override
    default void close() {
    }
}
