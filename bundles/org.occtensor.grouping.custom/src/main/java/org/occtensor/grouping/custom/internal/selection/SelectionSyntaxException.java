package org.occtensor.grouping.custom.internal.selection;

import org.occtensor.core.spi.GroupingException;

/** A selection expression that does not parse; the message names the 1-based column and the expression. */
public final class SelectionSyntaxException extends GroupingException {
    private static final long serialVersionUID = 1L;

    private final int column;

    SelectionSyntaxException(String expression, int column, String problem) {
        super("invalid selection \"" + expression + "\" at column " + column + ": " + problem);
        this.column = column;
    }

    /** Returns the 1-based column of the character where parsing failed. */
    public int column() {
        return column;
    }
}
