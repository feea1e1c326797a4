package org.occtensor.opencl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.opencl.api.BackendSelection;
import org.occtensor.opencl.api.OpenClDeviceInfo;
import org.occtensor.opencl.api.OpenClDevices;

/** Device specs resolved against this machine's real OpenCL devices. */
class BackendSelectionTest {

    private final ComputeBackend cpu = OpenClTestSupport.cpu();

    @Test
    void cpuSpecGivesCpuBackend() {
        BackendSelection selection = BackendSelection.select("cpu", cpu);

        assertSame(cpu, selection.backend());
        assertTrue(selection.reason().contains("'cpu' requested"), selection.reason());
    }

    @Test
    void invalidSpecRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BackendSelection.select("gpu", cpu));

        assertTrue(e.getMessage().contains("'gpu'"), e.getMessage());
    }

    @Test
    void autoRunsOnOpenClDevice() {
        OpenClDeviceInfo device = OpenClTestSupport.deviceInfo();

        BackendSelection selection = BackendSelection.select("auto", cpu);

        assertEquals("opencl", selection.backend().name());
        assertEquals(device.label(), selection.backend().device());
        assertTrue(selection.reason().contains(device.name()), selection.reason());
        selection.backend().close();
    }

    @Test
    void deviceIndexSelects() {
        OpenClDeviceInfo device = OpenClTestSupport.deviceInfo();

        BackendSelection selection = BackendSelection.select("opencl:" + device.index(), cpu);

        assertEquals("opencl", selection.backend().name());
        selection.backend().close();
    }

    @Test
    void deviceNameSelects() {
        OpenClDeviceInfo device = OpenClTestSupport.deviceInfo();

        BackendSelection selection = BackendSelection.select("opencl:" + device.name(), cpu);

        assertEquals(device.label(), selection.backend().device());
        selection.backend().close();
    }

    @Test
    void missingDeviceFallsBackToCpu() {
        OpenClTestSupport.device();

        BackendSelection selection = BackendSelection.select("opencl:999", cpu);

        assertSame(cpu, selection.backend());
        assertTrue(selection.reason().contains("no OpenCL device with index 999"), selection.reason());
        assertTrue(selection.reason().contains("using the CPU backend"), selection.reason());
    }

    @Test
    void listingHasAutoChoice() {
        OpenClDeviceInfo device = OpenClTestSupport.deviceInfo();

        assertTrue(OpenClDevices.list().contains(device));
        assertEquals(device, OpenClDevices.autoChoice().orElseThrow());
        assertTrue(OpenClDevices.unavailableReason().isEmpty());
    }

    /** PoCL reports cl_khr_fp64 on x86-64; the probe must agree with the driver there. */
    @Test
    void poclDeviceHasFp64() {
        OpenClDeviceInfo device = OpenClTestSupport.deviceInfo();
        assumeTrue(device.platform().contains("Portable Computing Language"),
                "not a PoCL device: " + device.platform());

        assertTrue(device.fp64(), device.toString());
    }
}
