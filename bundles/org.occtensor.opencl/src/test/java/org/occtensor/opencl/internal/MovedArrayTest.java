package org.occtensor.opencl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A collection between a launch and its download moves the output array; later launches must still
 * write only through the array's current address. With buffers on the array's old address (see
 * {@link KernelLauncher}) the device writes over whatever the heap contains there, which shows as
 * changed canary arrays, wrong results or a JVM crash.
 */
class MovedArrayTest {

    private static final int LENGTH = 4096;
    private static final int ROUNDS = 20;
    private static final float CANARY = -7.0f;

    @Test
    void launchesAfterAMoveUseTheNewAddress() {
        ScannedDevice device = OpenClTestSupport.device();
        KernelLauncher launcher = new KernelLauncher(device.device(), device.info().label());
        DoublingKernel kernel = launcher.prepare(new DoublingKernel());
        float[] in = new float[LENGTH];
        float[] out = new float[LENGTH];
        kernel.bind(in, out);
        List<float[]> canaries = new ArrayList<>();

        for (int round = 0; round < ROUNDS; round++) {
            doubleOnce(launcher, kernel, in, out, round, true);
            // Fill the heap where in and out used to be before more launches run.
            for (int c = 0; c < 200; c++) {
                float[] canary = new float[LENGTH];
                Arrays.fill(canary, CANARY);
                canaries.add(canary);
            }
            for (int repeat = 0; repeat < 3; repeat++) {
                doubleOnce(launcher, kernel, in, out, 100 + round, false);
            }
        }

        for (int c = 0; c < canaries.size(); c++) {
            for (int i = 0; i < LENGTH; i++) {
                if (canaries.get(c)[i] != CANARY) {
                    fail("canary array " + c + " entry " + i + " changed to " + canaries.get(c)[i]);
                }
            }
        }
        launcher.dispose(kernel);
    }

    private static void doubleOnce(KernelLauncher launcher, DoublingKernel kernel, float[] in, float[] out, int value,
                               boolean collect) {
        Arrays.fill(in, value);
        launcher.upload(kernel, in);
        launcher.launch(kernel, LENGTH);
        if (collect) {
            System.gc();
        }
        launcher.download(kernel, out);
        assertEquals(2.0f * value, out[0], "first entry");
        assertEquals(2.0f * value, out[LENGTH - 1], "last entry");
    }
}
