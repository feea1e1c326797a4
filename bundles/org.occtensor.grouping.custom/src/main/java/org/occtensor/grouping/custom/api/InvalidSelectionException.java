package org.occtensor.grouping.custom.api;

import org.occtensor.core.spi.GroupingException;

/** A selection expression that does not parse. The message names the 1-based column and the expression. */
public final class InvalidSelectionException extends GroupingException {
    private static final long serialVersionUID = 1L;

    private final int column;

    InvalidSelectionException(String message, int column, Throwable cause) {
        super(message, cause);
        this.column = column;
    }

    /** Returns the 1-based column of the character where parsing failed. */
    public int column() {
        return column;
    }
}
