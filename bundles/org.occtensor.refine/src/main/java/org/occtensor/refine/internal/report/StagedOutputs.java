package org.occtensor.refine.internal.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * Checks up front that none of {@code targets} exists (unless overwriting), so that a run fails
     * before any work when an output would be refused.
     */
    public void checkWritable(List<Path> targets) throws FileAlreadyExistsException {
        for (Path target : targets) {
            if (!overwrite && Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString(), null,
                        "output file exists; pass --overwrite to replace it or choose another --out prefix");
            }
        }
    }

    /** Returns a fresh temporary path next to {@code target}; write the content there. */
    public Path stage(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        staged.put(absolute, temporary);
        return temporary;
    }

    /** Moves every staged file into place; refuses existing targets unless overwriting. */
    public List<Path> commit() throws IOException {
        checkWritable(new ArrayList<>(staged.keySet()));
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, Path> e : staged.entrySet()) {
            move(e.getValue(), e.getKey());
            written.add(e.getKey());
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

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
