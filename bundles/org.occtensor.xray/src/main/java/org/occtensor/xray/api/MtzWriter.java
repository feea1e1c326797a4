package org.occtensor.xray.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.occtensor.core.api.UnitCell;
import org.occtensor.xray.data.MtzEncoder;

/**
 * Writes merged reflection data as a CCP4 MTZ file (little endian) that CCP4 programs and gemmi
 * read: H, K, L, then the given columns, with CELL, SYMINF and SYMM records for the cell's space
 * group. The file appears complete or not at all: it is written to a temporary file in the same
 * folder and moved into place.
 */
public final class MtzWriter {

    private MtzWriter() {
    }

    /**
     * Writes an MTZ file.
     *
     * @param file    output path, readable by all; replaced when it exists, and missing folders are created
     * @param cell    unit cell and space group symbol; the symbol must be in the space group table
     * @param hkl     Miller indices, 3 per reflection (read, not modified)
     * @param columns data columns, each with one value per reflection
     * @throws IllegalArgumentException when the space group is unknown or the lengths disagree
     * @throws IOException              when the file cannot be written
     */
    public static void write(Path file, UnitCell cell, int[] hkl, List<MtzColumn> columns) throws IOException {
        byte[] bytes = MtzEncoder.encode(cell, hkl, columns);
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            Files.write(temporary, bytes);
            readableByAll(temporary);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Gives the file the permissions of other files the user writes (temporary files start owner-only). */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: keep the default permissions.
        }
    }
}
