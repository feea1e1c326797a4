package org.occtensor.opencl.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Selection rules on hand-written device listings, as a machine with several platforms would report them. */
class DeviceSelectorTest {

    private static final OpenClDeviceInfo POCL = new OpenClDeviceInfo(0, "Portable Computing Language",
            "The pocl project", "pthread-skylake-avx512", DeviceType.CPU, 32L << 30, true);
    private static final OpenClDeviceInfo SMALL_GPU = new OpenClDeviceInfo(1, "Intel(R) OpenCL Graphics",
            "Intel(R) Corporation", "Intel(R) UHD Graphics 630", DeviceType.GPU, 6L << 30, false);
    private static final OpenClDeviceInfo BIG_GPU = new OpenClDeviceInfo(2, "NVIDIA CUDA", "NVIDIA Corporation",
            "NVIDIA H200", DeviceType.GPU, 140L << 30, true);
    private static final OpenClDeviceInfo SECOND_BIG_GPU = new OpenClDeviceInfo(3, "NVIDIA CUDA",
            "NVIDIA Corporation", "NVIDIA H200", DeviceType.GPU, 140L << 30, true);

    private static final List<OpenClDeviceInfo> MACHINE = List.of(POCL, SMALL_GPU, BIG_GPU, SECOND_BIG_GPU);

    @Test
    void autoPrefersLargestGpu() {
        DeviceChoice choice = DeviceSelector.choose(DeviceSpec.parse("auto"), MACHINE);

        assertEquals(BIG_GPU, choice.device().orElseThrow());
        assertTrue(choice.reason().contains("NVIDIA H200"), choice.reason());
    }

    @Test
    void autoTakesCpuDeviceWithoutGpu() {
        DeviceChoice choice = DeviceSelector.choose(DeviceSpec.parse("auto"), List.of(POCL));

        assertEquals(POCL, choice.device().orElseThrow());
    }

    @Test
    void autoWithoutDevicesUsesCpuBackend() {
        DeviceChoice choice = DeviceSelector.choose(DeviceSpec.parse("auto"), List.of());

        assertTrue(choice.device().isEmpty());
        assertTrue(choice.reason().contains("no OpenCL device"), choice.reason());
    }

    @Test
    void openclRanksLikeAuto() {
        assertEquals(BIG_GPU, DeviceSelector.choose(DeviceSpec.parse("opencl"), MACHINE).device().orElseThrow());
    }

    @Test
    void cpuChoosesNoDevice() {
        assertTrue(DeviceSelector.choose(DeviceSpec.parse("cpu"), MACHINE).device().isEmpty());
    }

    @Test
    void indexSelectsThatDevice() {
        assertEquals(SMALL_GPU, DeviceSelector.choose(DeviceSpec.parse("opencl:1"), MACHINE).device().orElseThrow());
    }

    @Test
    void missingIndexListsDevices() {
        DeviceChoice choice = DeviceSelector.choose(DeviceSpec.parse("opencl:7"), MACHINE);

        assertTrue(choice.device().isEmpty());
        assertTrue(choice.reason().contains("index 7"), choice.reason());
        assertTrue(choice.reason().contains("1: Intel(R) UHD Graphics 630"), choice.reason());
    }

    @Test
    void nameMatchesSubstringIgnoringCase() {
        DeviceChoice choice = DeviceSelector.choose(DeviceSpec.parse("opencl:uhd graphics"), MACHINE);

        assertEquals(SMALL_GPU, choice.device().orElseThrow());
    }

    @Test
    void ambiguousNameTakesLowestIndex() {
        DeviceChoice choice = DeviceSelector.choose(DeviceSpec.parse("opencl:H200"), MACHINE);

        assertEquals(BIG_GPU, choice.device().orElseThrow());
        assertTrue(choice.reason().contains("2 devices match"), choice.reason());
    }

    @Test
    void unknownNameUsesCpuBackend() {
        DeviceChoice choice = DeviceSelector.choose(DeviceSpec.parse("opencl:Radeon"), MACHINE);

        assertTrue(choice.device().isEmpty());
        assertTrue(choice.reason().contains("Radeon"), choice.reason());
    }
}
