package org.occtensor.core.internal.cpu;

import java.util.stream.IntStream;

/**
 * Splits an index range into chunks run on the common fork-join pool. Small ranges run on the
 * calling thread, because forking costs more than it saves below a few tens of thousands of
 * elements. Each chunk writes disjoint outputs, so results do not depend on scheduling.
 */
final class Parallel {

    /** Below this many elements a loop runs on the calling thread. */
    static final int THRESHOLD = 1 << 15;

    private Parallel() {
    }

    interface RangeBody {
        void run(int from, int to);
    }

    static void forRange(int n, RangeBody body) {
        forRange(n, THRESHOLD, body);
    }

    static void forRange(int n, int threshold, RangeBody body) {
        if (n <= threshold) {
            body.run(0, n);
            return;
        }
        int chunks = Math.min(4 * Runtime.getRuntime().availableProcessors(), (n + threshold - 1) / threshold);
        int size = (n + chunks - 1) / chunks;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int from = c * size;
            int to = Math.min(n, from + size);
            if (from < to) {
                body.run(from, to);
            }
        });
    }
}
