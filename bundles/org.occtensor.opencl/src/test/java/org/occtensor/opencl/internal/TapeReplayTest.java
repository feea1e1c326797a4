package org.occtensor.opencl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.occtensor.opencl.internal.kernels.GatherFloatKernel;
import org.occtensor.opencl.internal.kernels.SegmentSumFloatKernel;

/**
 * Replays the JMH benchmark's tensor at 10,000 atoms on the OpenCL backend while the garbage
 * collector moves its arrays. Device buffers left on old addresses corrupt the Java heap there
 * and crash the JVM (see {@link KernelLauncher}).
 */
class TapeReplayTest {

    private static final int ATOMS = 10_000;
    private static final int PASSES = 20_000;

    @Test
    void replayMatchesCpuWhileArraysMove() throws InterruptedException {
        OpenClBackend openCl = OpenClTestSupport.freshBackend();
        ReplayWorkload workload = new ReplayWorkload(ATOMS, openCl, 71);
        TapeReplay replay = new TapeReplay(workload, openCl, OpenClTestSupport.cpu());

        int collections;
        try (GcPressure gc = new GcPressure(20)) {
            replay.run(PASSES);
            collections = gc.collections();
        }

        assertNull(openCl.failure(), "the OpenCL backend fell back to the CPU");
        assertTrue(collections > 1, "only " + collections + " collections ran during the replay");
        KernelLauncher launcher = openCl.launcher();
        // Recording the tape runs the forward pass once more.
        assertEquals(PASSES + 1, launcher.launchCount(GatherFloatKernel.class), "gathers on the device");
        assertEquals(PASSES, launcher.launchCount(SegmentSumFloatKernel.class), "segment sums on the device");
        openCl.close();
    }
}
