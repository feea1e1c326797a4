package org.occtensor.io.internal;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.occtensor.io.api.ModelReadException;

/**
 * The bytes of a model file after gzip decompression.
 *
 * <p>{@link #text()} decodes them as ISO-8859-1, which maps every byte to one char, so a char
 * offset in the text is the byte offset in the content and re-encoding restores every byte.
 */
record ModelContent(Path path, byte[] bytes, boolean gzipped) {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    static ModelContent load(Path path) throws IOException, ModelReadException {
        byte[] raw = Files.readAllBytes(path);
        if (!isGzip(raw)) {
            return new ModelContent(path, raw, false);
        }
        return new ModelContent(path, gunzip(path, raw), true);
    }

    String text() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static boolean isGzip(byte[] raw) {
        return raw.length >= 2 && (raw[0] & 0xff) == GZIP_MAGIC_1 && (raw[1] & 0xff) == GZIP_MAGIC_2;
    }

    private static byte[] gunzip(Path path, byte[] raw) throws ModelReadException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            return in.readAllBytes();
        } catch (EOFException e) {
            throw new ModelReadException(path, 0, null,
                    "gzip stream ends early after " + raw.length + " compressed bytes; the file is truncated", e);
        } catch (ZipException e) {
            throw new ModelReadException(path, 0, null, "invalid gzip data: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ModelReadException(path, 0, null, "gzip decompression failed: " + e.getMessage(), e);
        }
    }
}
