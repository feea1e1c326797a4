package org.occtensor.core.spi;

/** User input that a grouping strategy cannot turn into groups; the message names file, selection or atom. */
public class GroupingException extends Exception {
    private static final long serialVersionUID = 1L;

    public GroupingException(String message) {
        super(message);
    }

    public GroupingException(String message, Throwable cause) {
        super(message, cause);
    }
}
