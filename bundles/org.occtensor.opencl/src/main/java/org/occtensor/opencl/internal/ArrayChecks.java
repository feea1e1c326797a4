package org.occtensor.opencl.internal;

/**
 * Host-side argument checks. A kernel that reads past the end of a buffer does not throw as Java
 * does; it reads garbage or crashes the driver, so lengths are checked before every launch.
 */
final class ArrayChecks {

    private ArrayChecks() {
    }

    static void requireLength(String op, String array, int length, int needed) {
        if (length < needed) {
            throw new IllegalArgumentException(op + ": " + array + " has " + length + " entries, needs at least "
                    + needed);
        }
    }

    static void requireCount(String op, String what, int count) {
        if (count < 0) {
            throw new IllegalArgumentException(op + ": " + what + " is negative: " + count);
        }
    }
}
