package org.occtensor.opencl.api;

/**
 * One OpenCL device as listed by {@link OpenClDevices#list()}.
 *
 * @param index             position in the listing, platforms in driver order and devices within
 *                          each platform; {@code opencl:N} selects by this index
 * @param platform          OpenCL platform name ("Portable Computing Language")
 * @param vendor            vendor of the platform; Aparapi 3.0.0 does not expose the device vendor
 * @param name              device name ("pthread-skylake-avx512-AMD EPYC")
 * @param type              device type
 * @param globalMemoryBytes global memory in bytes
 * @param fp64              whether the device runs double-precision kernels (cl_khr_fp64)
 */
public record OpenClDeviceInfo(int index, String platform, String vendor, String name, DeviceType type,
                               long globalMemoryBytes, boolean fp64) {

    /** Short label for logs and reports: "name on platform". */
    public String label() {
        return name + " on " + platform;
    }
}
