package org.occtensor.opencl.internal;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.ExpansionIndex;

/**
 * One OpenCL backend is a shared service, so several threads launch its kernels at once: each
 * thread's results must match the CPU backend as if it ran alone.
 */
class ConcurrentLaunchTest {

    private static final int THREADS = 4;

    @Test
    void tapesOfDifferentSizesShareOneBackend() throws Exception {
        OpenClBackend openCl = OpenClTestSupport.freshBackend();
        ComputeBackend cpu = OpenClTestSupport.cpu();
        int[] atoms = {10_000, 6_000, 2_000, 808};
        List<TapeReplay> replays = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            replays.add(new TapeReplay(new ReplayWorkload(atoms[t], openCl, 80 + t), openCl, cpu));
        }

        try (GcPressure gc = new GcPressure(50)) {
            runTogether(t -> () -> {
                replays.get(t).run(1_000);
                return null;
            });
        }

        assertNull(openCl.failure(), "the OpenCL backend fell back to the CPU");
        openCl.close();
    }

    @Test
    void threadsShareOneExpansionIndex() throws Exception {
        OpenClBackend openCl = OpenClTestSupport.freshBackend();
        ComputeBackend cpu = OpenClTestSupport.cpu();
        int atomCount = 5_000;
        int groups = 700;
        int[] groupOf = TestData.groupOfAtom(atomCount, groups, TestData.random(91));

        try (ExpansionIndex index = openCl.prepareExpansion(groupOf, groups);
             ExpansionIndex cpuIndex = cpu.prepareExpansion(groupOf, groups)) {
            runTogether(t -> () -> {
                gatherAndSum(openCl, index, cpu, cpuIndex, groupOf, groups, t);
                return null;
            });
        }

        assertNull(openCl.failure(), "the OpenCL backend fell back to the CPU");
        openCl.close();
    }

    /** 500 gathers and segment sums on a shared index, each checked against the CPU. */
    private static void gatherAndSum(OpenClBackend openCl, ExpansionIndex index, ComputeBackend cpu,
                                     ExpansionIndex cpuIndex, int[] groupOf, int groups, int thread) {
        SplittableRandom random = TestData.random(100 + thread);
        float[] atomValues = new float[groupOf.length];
        float[] groupSums = new float[groups];
        float[] expectedSums = new float[groups];
        double[] scale = new double[groups];
        for (int call = 0; call < 500; call++) {
            float[] groupValues = TestData.floats(groups, -1.0, 1.0, random);
            openCl.gather(index, groupValues, atomValues);
            Closeness.assertIdentical("thread " + thread + " gather " + call, gathered(groupOf, groupValues),
                    atomValues, groupOf.length);
            openCl.segmentSum(index, atomValues, groupSums);
            cpu.segmentSum(cpuIndex, atomValues, expectedSums);
            Arrays.fill(scale, 0.0);
            for (int a = 0; a < groupOf.length; a++) {
                scale[groupOf[a]] += Math.abs(atomValues[a]);
            }
            Closeness.assertScaled("thread " + thread + " segment sum " + call, expectedSums, groupSums, scale,
                    groups, Tolerances.FLOAT_SUM_RELATIVE);
        }
    }

    private static float[] gathered(int[] groupOf, float[] groupValues) {
        float[] atomValues = new float[groupOf.length];
        for (int a = 0; a < groupOf.length; a++) {
            atomValues[a] = groupValues[groupOf[a]];
        }
        return atomValues;
    }

    /** Starts one task per thread at the same moment and rethrows the first failure. */
    private static void runTogether(IntFunction<Callable<Void>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Void>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Callable<Void> work = task.apply(t);
                results.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            for (Future<Void> result : results) {
                result.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
