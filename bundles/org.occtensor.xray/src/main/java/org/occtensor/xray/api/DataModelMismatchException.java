package org.occtensor.xray.api;

/** The model and the reflection data disagree on the unit cell or the point group; the message names both. */
public class DataModelMismatchException extends Exception {

    private static final long serialVersionUID = 1L;

    public DataModelMismatchException(String message) {
        super(message);
    }
}
