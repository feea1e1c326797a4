package org.occtensor.opencl.api;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Chooses an OpenCL device for a {@link DeviceSpec}. {@code auto} and {@code opencl} rank devices
 * by type (GPU, then accelerator, then CPU, then other), then by global memory (more first), then
 * by index; when no device qualifies the CPU backend runs.
 */
public final class DeviceSelector {

    /** Best device first: type rank, then more global memory, then lower index. */
    public static final Comparator<OpenClDeviceInfo> PREFERENCE = Comparator
            .comparingInt((OpenClDeviceInfo d) -> typeRank(d.type()))
            .thenComparing(Comparator.comparingLong(OpenClDeviceInfo::globalMemoryBytes).reversed())
            .thenComparingInt(OpenClDeviceInfo::index);

    private DeviceSelector() {
    }

    /** Chooses a device from {@code devices} (the listing of {@link OpenClDevices#list()}). */
    public static DeviceChoice choose(DeviceSpec spec, List<OpenClDeviceInfo> devices) {
        switch (spec.kind()) {
            case CPU:
                return new DeviceChoice(Optional.empty(), "device 'cpu' requested: using the CPU backend");
            case AUTO:
            case OPENCL:
                return chooseBest(spec, devices);
            case OPENCL_INDEX:
                return chooseByIndex(spec, devices);
            case OPENCL_NAME:
                return chooseByName(spec, devices);
            default:
                throw new IllegalStateException("unhandled device spec kind " + spec.kind());
        }
    }

    /** The device {@code auto} picks from {@code devices}, if any. */
    public static Optional<OpenClDeviceInfo> best(List<OpenClDeviceInfo> devices) {
        return devices.stream().min(PREFERENCE);
    }

    private static DeviceChoice chooseBest(DeviceSpec spec, List<OpenClDeviceInfo> devices) {
        Optional<OpenClDeviceInfo> best = best(devices);
        if (best.isEmpty()) {
            return new DeviceChoice(Optional.empty(),
                    "device '" + spec + "': no OpenCL device found, using the CPU backend");
        }
        OpenClDeviceInfo device = best.get();
        return new DeviceChoice(best, "device '" + spec + "': chose OpenCL device " + device.index() + " ("
                + device.label() + ", " + device.type() + ") out of " + devices.size());
    }

    private static DeviceChoice chooseByIndex(DeviceSpec spec, List<OpenClDeviceInfo> devices) {
        for (OpenClDeviceInfo device : devices) {
            if (device.index() == spec.index()) {
                return new DeviceChoice(Optional.of(device),
                        "device '" + spec + "': OpenCL device " + device.index() + " (" + device.label() + ")");
            }
        }
        return new DeviceChoice(Optional.empty(), "device '" + spec + "': no OpenCL device with index "
                + spec.index() + " (found " + describe(devices) + "), using the CPU backend");
    }

    private static DeviceChoice chooseByName(DeviceSpec spec, List<OpenClDeviceInfo> devices) {
        String wanted = spec.name().toLowerCase(Locale.ROOT);
        List<OpenClDeviceInfo> exact = devices.stream()
                .filter(d -> d.name().toLowerCase(Locale.ROOT).equals(wanted))
                .collect(Collectors.toList());
        List<OpenClDeviceInfo> matches = exact.isEmpty()
                ? devices.stream().filter(d -> d.name().toLowerCase(Locale.ROOT).contains(wanted))
                        .collect(Collectors.toList())
                : exact;
        if (matches.isEmpty()) {
            return new DeviceChoice(Optional.empty(), "device '" + spec + "': no OpenCL device named like '"
                    + spec.name() + "' (found " + describe(devices) + "), using the CPU backend");
        }
        OpenClDeviceInfo device = matches.get(0);
        String note = matches.size() == 1 ? "" : "; " + matches.size() + " devices match, took the lowest index";
        return new DeviceChoice(Optional.of(device), "device '" + spec + "': OpenCL device " + device.index() + " ("
                + device.label() + ")" + note);
    }

    private static String describe(List<OpenClDeviceInfo> devices) {
        if (devices.isEmpty()) {
            return "no OpenCL devices";
        }
        return devices.stream().map(d -> d.index() + ": " + d.name()).collect(Collectors.joining(", "));
    }

    private static int typeRank(DeviceType type) {
        switch (type) {
            case GPU:
                return 0;
            case ACCELERATOR:
                return 1;
            case CPU:
                return 2;
            default:
                return 3;
        }
    }
}
