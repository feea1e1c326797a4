package org.occtensor.opencl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.occtensor.core.spi.ConformerLayout;
import org.occtensor.core.spi.ExpansionIndex;
import org.occtensor.opencl.internal.kernels.ConformerSoftmaxFloatKernel;
import org.occtensor.opencl.internal.kernels.GatherFloatKernel;
import org.occtensor.opencl.internal.kernels.SegmentSumFloatKernel;

/** Static arrays (expansion index, segment offsets, conformer layout) are uploaded once, not per call. */
class StaticUploadTest {

    private static final int CALLS = 5;

    @Test
    void expansionArraysUploadedOnce() {
        OpenClBackend backend = OpenClTestSupport.freshBackend();
        int[] groupOf = TestData.groupOfAtom(1000, 50, TestData.random(61));

        try (ExpansionIndex index = backend.prepareExpansion(groupOf, 50)) {
            for (int call = 0; call < CALLS; call++) {
                backend.gather(index, new float[50], new float[1000]);
                backend.segmentSum(index, new float[1000], new float[50]);
            }
        }

        KernelLauncher launcher = backend.launcher();
        assertEquals(CALLS, launcher.launchCount(GatherFloatKernel.class));
        assertEquals(CALLS, launcher.launchCount(SegmentSumFloatKernel.class));
        assertEquals(1, launcher.staticUploadCount(GatherFloatKernel.class), "groupOfAtom");
        assertEquals(2, launcher.staticUploadCount(SegmentSumFloatKernel.class), "segmentOffsets and atomsByGroup");
        backend.close();
    }

    @Test
    void conformerLayoutUploadedOnce() {
        OpenClBackend backend = OpenClTestSupport.freshBackend();
        TestData.Layout layout = TestData.layout(40, 3, TestData.random(62));

        try (ConformerLayout prepared = KernelParityTest.prepare(backend, layout)) {
            for (int call = 0; call < CALLS; call++) {
                backend.conformerSoftmax(prepared, new float[layout.groupCount()], new float[layout.groupCount()]);
            }
        }

        KernelLauncher launcher = backend.launcher();
        assertEquals(CALLS, launcher.launchCount(ConformerSoftmaxFloatKernel.class));
        assertEquals(4, launcher.staticUploadCount(ConformerSoftmaxFloatKernel.class),
                "setOffsets, members, partial flags and budget");
        backend.close();
    }
}
