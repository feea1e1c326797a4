package org.occtensor.opencl.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs full garbage collections from a background thread while a test launches kernels. A full
 * G1 collection compacts the heap and so moves most young arrays that no launch pins at that
 * moment: arrays that kernels use change address between and inside ops, as under JMH.
 */
final class GcPressure implements AutoCloseable {

    private final Thread thread;
    private final AtomicInteger collections = new AtomicInteger();
    private volatile boolean running = true;

    GcPressure(long intervalMillis) {
        thread = new Thread(() -> {
            while (running) {
                System.gc();
                collections.incrementAndGet();
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "gc-pressure");
        thread.setDaemon(true);
        thread.start();
    }

    /** Number of collections requested so far. */
    int collections() {
        return collections.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
    }
}
