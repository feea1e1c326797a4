package org.occtensor.xray.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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
     * @throws ReflectionFileException when the file cannot be read or contains no usable data; the message
     *                                 names the file, the place and the value
     */
    public static ReflectionData read(Path file, ReflectionOptions options) throws ReflectionFileException {
        byte[] bytes = readBytes(file);
        if (isGzip(bytes)) {
            bytes = gunzip(file, bytes);
        }
        ReflectionTable table;
        if (bytes.length >= 4 && bytes[0] == 'M' && bytes[1] == 'T' && bytes[2] == 'Z' && bytes[3] == ' ') {
            table = MtzTables.toTable(MtzParser.parse(file, bytes));
        } else {
            table = CifTables.read(file, new ByteArrayInputStream(bytes), options);
        }
        return ReflectionAssembler.assemble(table, options);
    }

    private static byte[] readBytes(Path file) throws ReflectionFileException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            throw new ReflectionFileException(file, "", "cannot read the file: " + e, e);
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
