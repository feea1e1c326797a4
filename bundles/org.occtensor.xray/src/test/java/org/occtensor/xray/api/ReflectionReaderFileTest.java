package org.occtensor.xray.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File-system errors of ReflectionReader, reported in plain words with the file name. */
class ReflectionReaderFileTest {

    @TempDir
    Path folder;

    @Test
    void missingFileIsNotFound() {
        Path file = folder.resolve("missing.mtz");

        ReflectionFileException e = assertThrows(ReflectionFileException.class,
                () -> ReflectionReader.read(file, ReflectionOptions.defaults()));

        assertEquals(file + ": file not found", e.getMessage());
        assertEquals(file, e.file());
        assertInstanceOf(NoSuchFileException.class, e.getCause());
    }

    @Test
    void mtzNameWithoutMagicIsNotMtz() throws Exception {
        Path file = Files.write(folder.resolve("broken.mtz"), "MTX nonsense".getBytes(StandardCharsets.US_ASCII));

        ReflectionFileException e = assertThrows(ReflectionFileException.class,
                () -> ReflectionReader.read(file, ReflectionOptions.defaults()));

        assertEquals(file + ", byte offset 0: not an MTZ file: it does not start with 'MTZ '", e.getMessage());
    }

    @Test
    void emptyMtzIsNamedEmpty() throws Exception {
        Path file = Files.write(folder.resolve("empty.mtz"), new byte[0]);

        ReflectionFileException e = assertThrows(ReflectionFileException.class,
                () -> ReflectionReader.read(file, ReflectionOptions.defaults()));

        assertTrue(e.getMessage().endsWith("not an MTZ file: it does not start with 'MTZ ' (the file is empty)"),
                e.getMessage());
    }

    @Test
    void directoryIsNotAFile() {
        ReflectionFileException e = assertThrows(ReflectionFileException.class,
                () -> ReflectionReader.read(folder, ReflectionOptions.defaults()));

        assertEquals(folder + ": is a directory, not a reflection file", e.getMessage());
    }

    @Test
    void unreadableFileIsPermissionDenied() throws Exception {
        Path file = folder.resolve("locked.mtz");
        Files.write(file, new byte[] {'M', 'T', 'Z', ' '});
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"), "needs POSIX permissions");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "the user can read any file (root)");

        ReflectionFileException e = assertThrows(ReflectionFileException.class,
                () -> ReflectionReader.read(file, ReflectionOptions.defaults()));

        assertEquals(file + ": permission denied", e.getMessage());
        assertInstanceOf(AccessDeniedException.class, e.getCause());
    }
}
