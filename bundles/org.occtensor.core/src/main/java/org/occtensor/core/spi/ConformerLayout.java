package org.occtensor.core.spi;

/** Static conformer-set layout prepared by a {@link ComputeBackend}; see {@link ComputeBackend#prepareConformers}. */
public interface ConformerLayout extends AutoCloseable {

    int groupCount();

    int setCount();

    /** Free members of set s are {@code members()[setOffsets()[s] .. setOffsets()[s + 1])}. */
    int[] setOffsets();

    int[] members();

    boolean[] partial();

    /** Occupancy left to the free members of each set. */
    double[] budget();

    @Override
    default void close() {
    }
}
