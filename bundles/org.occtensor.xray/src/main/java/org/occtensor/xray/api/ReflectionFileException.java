package org.occtensor.xray.api;

import java.nio.file.Path;

/**
 * A reflection file that cannot be read: the message names the file, the place (byte offset, header
 * record, data block, row or column) and the offending value.
 */
public class ReflectionFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String location;

    /**
     * @param file     the file being read
     * @param location where in the file, e.g. "byte offset 4" or "header record 12 (COLUMN ...)"; may be empty
     * @param problem  what is wrong, with the value
     */
    public ReflectionFileException(Path file, String location, String problem) {
        super(format(file, location, problem));
        this.file = file;
        this.location = location;
    }

    public ReflectionFileException(Path file, String location, String problem, Throwable cause) {
        super(format(file, location, problem), cause);
        this.file = file;
        this.location = location;
    }

    public Path file() {
        return file;
    }

    public String location() {
        return location;
    }

    private static String format(Path file, String location, String problem) {
        if (location == null || location.isEmpty()) {
            return file + ": " + problem;
        }
        return file + ", " + location + ": " + problem;
    }
}
