package org.occtensor.refine.api;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks on output paths made before any work, so that a run stops at once when it could not write its
 * results. Missing folders are allowed: the writers create them.
 */
public final class OutputPaths {

    private OutputPaths() {
    }

    /**
     * Checks that every target can be written: no file is in place of a folder on its path, the target is not
     * a folder, it does not exist unless {@code overwrite}, and its nearest existing folder is writable.
     *
     * @throws IOException a {@link FileSystemException} subclass whose message names the path and what to do
     */
    public static void check(List<Path> targets, boolean overwrite) throws IOException {
        for (Path target : targets) {
            Path folder = target.toAbsolutePath().getParent();
            Path existing = folder;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing != null && !Files.isDirectory(existing)) {
                throw new NotDirectoryException(existing + " (in output path " + target + ") is a file, not a folder");
            }
            if (existing != null && !Files.isWritable(existing)) {
                throw new AccessDeniedException(existing.toString(), null,
                        "folder is not writable; choose another output with --out");
            }
            if (Files.isDirectory(target)) {
                throw new FileSystemException(target.toString(), null, "output path is a folder; choose another --out");
            }
            if (!overwrite && Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString(), null,
                        "output file exists; pass --overwrite to replace it or choose another --out");
            }
        }
    }
}
