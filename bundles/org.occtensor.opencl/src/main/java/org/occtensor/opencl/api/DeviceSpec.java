package org.occtensor.opencl.api;

import java.util.Locale;

/**
 * A parsed {@code --device} value: {@code auto}, {@code cpu}, {@code opencl}, {@code opencl:N}
 * (device index from {@link OpenClDevices#list()}) or {@code opencl:NAME} (device name, matched
 * case-insensitively, exactly or as a unique substring).
 *
 * @param kind  which form was given
 * @param index device index for {@link Kind#OPENCL_INDEX}, else -1
 * @param name  device name for {@link Kind#OPENCL_NAME}, else null
 */
public record DeviceSpec(Kind kind, int index, String name) {

    /** The forms of a device spec. */
    public enum Kind {
        /** The best OpenCL GPU, then any OpenCL device, then the CPU backend. */
        AUTO,
        /** The CPU backend. */
        CPU,
        /** The best OpenCL device of any type. */
        OPENCL,
        /** The OpenCL device with a given index. */
        OPENCL_INDEX,
        /** The OpenCL device with a given name. */
        OPENCL_NAME
    }

    /** Forms accepted by {@link #parse}, for error and help text. */
    public static final String FORMS = "auto, cpu, opencl, opencl:N or opencl:NAME";

    private static final String OPENCL_PREFIX = "opencl:";

    /**
     * Parses a device spec.
     *
     * @throws IllegalArgumentException if the value is none of the accepted forms
     */
    public static DeviceSpec parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("device spec is empty; expected " + FORMS);
        }
        String trimmed = value.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "auto":
                return new DeviceSpec(Kind.AUTO, -1, null);
            case "cpu":
                return new DeviceSpec(Kind.CPU, -1, null);
            case "opencl":
                return new DeviceSpec(Kind.OPENCL, -1, null);
            default:
                break;
        }
        if (!lower.startsWith(OPENCL_PREFIX) || trimmed.length() == OPENCL_PREFIX.length()) {
            throw new IllegalArgumentException("invalid device spec '" + value + "'; expected " + FORMS);
        }
        String selector = trimmed.substring(OPENCL_PREFIX.length()).trim();
        if (selector.chars().allMatch(Character::isDigit)) {
            try {
                return new DeviceSpec(Kind.OPENCL_INDEX, Integer.parseInt(selector), null);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid device index '" + selector + "' in device spec '" + value
                        + "'", e);
            }
        }
        return new DeviceSpec(Kind.OPENCL_NAME, -1, selector);
    }

    @Override
    public String toString() {
        switch (kind) {
            case OPENCL_INDEX:
                return OPENCL_PREFIX + index;
            case OPENCL_NAME:
                return OPENCL_PREFIX + name;
            default:
                return kind.name().toLowerCase(Locale.ROOT);
        }
    }
}
