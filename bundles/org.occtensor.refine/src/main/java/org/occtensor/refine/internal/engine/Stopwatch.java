package org.occtensor.refine.internal.engine;

/** Wall time per stage, in seconds. */
public final class Stopwatch {

    private final long start = System.nanoTime();
    private long last = start;

    /** Returns the seconds since the previous lap (or the start). */
    public double lap() {
        long now = System.nanoTime();
        double seconds = (now - last) * 1e-9;
        last = now;
        return seconds;
    }

    public double total() {
        return (System.nanoTime() - start) * 1e-9;
    }
}
