package org.occtensor.xray.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.occtensor.xray.data.CifTables;
import org.occtensor.xray.data.MtzParser;
import org.occtensor.xray.data.MtzTables;
import org.occtensor.xray.data.ReflectionAssembler;
import org.occtensor.xray.data.ReflectionTable;

/**
 * Reads measured reflection data from an MTZ file or a structure-factor mmCIF file (plain or
 * gzip-compressed), recognised by content, not by name.
 */
public final class ReflectionReader {

    private ReflectionReader() {
    }

    /**
     * Reads amplitudes, sigmas and R-free flags.
     *
     * @throws ReflectionFileException when the file is missing ("FILE: file not found"), cannot be read, or
     *                                 contains no usable data. The message names the file, the place and
     *                                 the value.
     */
    public static ReflectionData read(Path file, ReflectionOptions options) throws ReflectionFileException {
        byte[] bytes = readBytes(file);
        if (isGzip(bytes)) {
            bytes = gunzip(file, bytes);
        }
        ReflectionTable table;
        if (bytes.length >= 4 && bytes[0] == 'M' && bytes[1] == 'T' && bytes[2] == 'Z' && bytes[3] == ' ') {
            table = MtzTables.toTable(MtzParser.parse(file, bytes));
        } else if (namedMtz(file)) {
            throw new ReflectionFileException(file, "byte offset 0", "not an MTZ file: it does not start with 'MTZ '"
                    + (bytes.length == 0 ? " (the file is empty)" : ""));
        } else {
            table = CifTables.read(file, new ByteArrayInputStream(bytes), options);
        }
        return ReflectionAssembler.assemble(table, options);
    }

    /** True for names ending in .mtz or .mtz.gz, which the user meant as MTZ whatever the content. */
    private static boolean namedMtz(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".mtz") || name.endsWith(".mtz.gz");
    }

    private static byte[] readBytes(Path file) throws ReflectionFileException {
        if (Files.isDirectory(file)) {
            throw new ReflectionFileException(file, "", "is a directory, not a reflection file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ReflectionFileException(file, "", "file not found", e);
        } catch (AccessDeniedException e) {
            throw new ReflectionFileException(file, "", "permission denied", e);
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
            throw new ReflectionFileException(file, "", "cannot read the file: " + reason, e);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ReflectionFileException(file, "", "cannot read the file: " + reason, e);
        } catch (OutOfMemoryError e) {
            throw new ReflectionFileException(file, "", "cannot read the file: it does not fit in the Java heap ("
                    + describeSize(file) + ")", e);
        }
    }

    private static String describeSize(Path file) {
        try {
            return Files.size(file) + " bytes";
        } catch (IOException e) {
            return "size unknown";
        }
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    private static byte[] gunzip(Path file, byte[] bytes) throws ReflectionFileException {
        try (InputStream input = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return input.readAllBytes();
        } catch (IOException e) {
            throw new ReflectionFileException(file, "", "invalid gzip data: " + e.getMessage(), e);
        }
    }
}
