package org.occtensor.refine.internal.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.occtensor.refine.api.OutputPaths;

/**
 * A set of output files written all or nothing: each is written to a temporary file in its target's
 * folder, and {@link #commit()} moves them into place only after all were written. {@link #abort()}
 * (or {@link #close()} without commit) deletes the temporary files.
 */
public final class StagedOutputs implements AutoCloseable {

    private final boolean overwrite;
    private final Map<Path, Path> staged = new LinkedHashMap<>();
    private boolean committed;

    public StagedOutputs(boolean overwrite) {
        this.overwrite = overwrite;
    }

    /**
     * Checks up front that every target can be written (see {@link OutputPaths#check}), so that a run fails
     * before any work when an output would be refused.
     */
    public void checkWritable(List<Path> targets) throws IOException {
        OutputPaths.check(targets, overwrite);
    }

    /** Returns a fresh temporary path next to {@code target}; write the content there. */
    public Path stage(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        readableByAll(temporary);
        staged.put(absolute, temporary);
        return temporary;
    }

    /**
     * Moves every staged file into place; refuses existing targets unless overwriting. When a move
     * fails, the files this commit already moved are deleted again, so no partial set remains (a
     * file replaced under overwrite is not restored).
     */
    public List<Path> commit() throws IOException {
        checkWritable(new ArrayList<>(staged.keySet()));
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                move(e.getValue(), e.getKey());
                written.add(e.getKey());
            }
        } catch (IOException e) {
            for (Path done : written) {
                Files.deleteIfExists(done);
            }
            throw e;
        }
        committed = true;
        staged.clear();
        return written;
    }

    /** Deletes every staged temporary file. */
    public void abort() {
        for (Path temporary : staged.values()) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                temporary.toFile().deleteOnExit();
            }
        }
        staged.clear();
    }

    @Override
    public void close() {
        if (!committed) {
            abort();
        }
    }

    /** Temporary files are created owner-only; outputs should read like any other file the user writes. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: keep the default permissions.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
