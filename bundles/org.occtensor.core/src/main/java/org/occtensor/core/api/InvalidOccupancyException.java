package org.occtensor.core.api;

/** An occupancy value that is NaN, outside [0, 1], or that a conformer set's sum rule cannot accept. */
public class InvalidOccupancyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidOccupancyException(String message) {
        super(message);
    }
}
