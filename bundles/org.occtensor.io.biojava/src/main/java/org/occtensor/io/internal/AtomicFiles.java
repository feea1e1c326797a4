package org.occtensor.io.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file completely or not at all: the bytes go to a temporary file in the target's folder,
 * which is then moved (or, without overwrite, hard-linked) onto the target.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} to {@code target}.
     *
     * @throws FileAlreadyExistsException when {@code target} exists and {@code overwrite} is false
     */
    static void write(Path target, byte[] bytes, boolean overwrite) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (!overwrite) {
            rejectExisting(absolute);
        }
        Path temporary = createTemporary(absolute);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (overwrite) {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                placeWithoutReplacing(temporary, absolute);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Creates an empty file next to {@code target}. {@link Files#createFile} applies the default
     * permissions (the umask on POSIX), unlike {@link Files#createTempFile}, which gives 0600.
     */
    private static Path createTemporary(Path target) throws IOException {
        Path folder = target.getParent();
        while (true) {
            String name = "." + target.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".tmp";
            try {
                return Files.createFile(folder.resolve(name));
            } catch (FileAlreadyExistsException e) {
                // Another writer picked the same random name; draw again.
            }
        }
    }

    /**
     * Places the finished file with a hard link, which fails atomically when the target exists.
     * On a file system without hard links it falls back to a check followed by a move, which a
     * concurrent writer could race.
     */
    private static void placeWithoutReplacing(Path temporary, Path target) throws IOException {
        try {
            Files.createLink(target, temporary);
            return;
        } catch (FileAlreadyExistsException e) {
            throw alreadyExists(target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            rejectExisting(target);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void rejectExisting(Path target) throws FileAlreadyExistsException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw alreadyExists(target);
        }
    }

    private static FileAlreadyExistsException alreadyExists(Path target) {
        return new FileAlreadyExistsException(target.toString(), null,
                "output file exists; choose another name or allow overwriting");
    }
}
