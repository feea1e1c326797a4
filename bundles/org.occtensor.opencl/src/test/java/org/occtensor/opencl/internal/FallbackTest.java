package org.occtensor.opencl.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.ExpansionIndex;
import org.occtensor.opencl.internal.kernels.GatherFloatKernel;
import org.occtensor.opencl.internal.kernels.SigmoidFloatKernel;

/**
 * Real failures on the real device: a kernel Aparapi cannot translate, and a launch the OpenCL
 * driver rejects. Neither may end in Aparapi's Java thread pool.
 */
class FallbackTest {

    @Test
    void untranslatableKernelFailsToBuild() {
        ScannedDevice device = OpenClTestSupport.device();
        KernelLauncher launcher = new KernelLauncher(device.device(), device.info().label());

        KernelFailure failure = assertThrows(KernelFailure.class, () -> launcher.prepare(new UntranslatableKernel()));

        assertEquals("UntranslatableKernel", failure.kernel());
        assertEquals(device.info().label(), failure.device());
        assertTrue(failure.getMessage().contains("failed to build"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Using java objects inside kernels is not supported"),
                failure.getMessage());
    }

    /** A work-group size above the device maximum makes clEnqueueNDRangeKernel fail (CL_INVALID_WORK_GROUP_SIZE). */
    @Test
    void rejectedLaunchFailsWithoutEmulation() {
        ScannedDevice device = OpenClTestSupport.device();
        KernelLauncher launcher = new KernelLauncher(device.device(), device.info().label());
        DoublingKernel kernel = launcher.prepare(new DoublingKernel());
        float[] in = {1, 2, 3, 4};
        float[] out = new float[4];
        kernel.bind(in, out);
        launcher.overrideLocalSize(DoublingKernel.class, device.device().getMaxWorkGroupSize() * 2);

        KernelFailure failure = assertThrows(KernelFailure.class, () -> launcher.launch(kernel, 4));

        assertTrue(failure.getMessage().contains("failed to run"), failure.getMessage());
        assertEquals(0, launcher.launchCount(DoublingKernel.class));
        assertArrayEquals(new float[4], out, "the kernel ran somewhere after the device rejected it");
    }

    @Test
    void launcherRunsKernelOnDevice() {
        ScannedDevice device = OpenClTestSupport.device();
        KernelLauncher launcher = new KernelLauncher(device.device(), device.info().label());
        DoublingKernel kernel = launcher.prepare(new DoublingKernel());
        float[] in = {1, 2, 3, 4, 5};
        float[] out = new float[5];
        kernel.bind(in, out);

        launcher.upload(kernel, in);
        launcher.launch(kernel, 5);
        launcher.download(kernel, out);

        assertArrayEquals(new float[] {2, 4, 6, 8, 10}, out);
        assertEquals(1, launcher.launchCount(DoublingKernel.class));
        assertTrue(kernel.isRunningCL());
        launcher.dispose(kernel);
    }

    @Test
    void backendSwitchesToCpuAfterRuntimeFailure() {
        OpenClBackend backend = OpenClTestSupport.freshBackend();
        ComputeBackend cpu = OpenClTestSupport.cpu();
        int n = 100;
        float[] logits = TestData.floats(n, -5, 5, TestData.random(51));
        float[] expected = new float[n];
        float[] actual = new float[n];
        cpu.sigmoid(logits, expected, n);
        backend.launcher().overrideLocalSize(SigmoidFloatKernel.class,
                OpenClTestSupport.device().device().getMaxWorkGroupSize() * 2);

        backend.sigmoid(logits, actual, n);

        assertArrayEquals(expected, actual, "the op must still complete, on the CPU backend");
        assertNotNull(backend.failure());
        assertEquals("SigmoidFloatKernel", backend.failure().kernel());
        assertEquals("cpu", backend.name());
        assertEquals(cpu.device(), backend.device());

        try (ExpansionIndex index = backend.prepareExpansion(new int[] {0, 1, 1}, 2)) {
            float[] atomValues = new float[3];
            backend.gather(index, new float[] {5, 7}, atomValues);
            assertArrayEquals(new float[] {5, 7, 7}, atomValues);
        }
        assertEquals(0, backend.launcher().launchCount(GatherFloatKernel.class), "later ops must stay on the CPU");
        backend.close();
    }
}
