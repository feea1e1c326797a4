package org.occtensor.xray.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.occtensor.xray.api.ReflectionFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the CCP4 MTZ binary format.
 *
 * <p>Layout: bytes 0-3 hold "MTZ ", bytes 4-7 the 1-based position (in 4-byte words) of the header,
 * or -1 with a 64-bit position in bytes 12-19 for files past 8 GiB, and bytes 8-11 the machine stamp,
 * whose first half-byte gives the byte order of numbers (4 little endian, 1 big endian). The
 * reflection table starts at byte 80 as float32 values, row by row. The header is a sequence of
 * 80-character records up to END, followed by history (MTZHIST), batch headers (MTZBATS) and
 * MTZENDOFHEADERS. Source: the CCP4 MTZ format description (mtzformat.html, CCP4 documentation).
 *
 * <p>Errors name the byte offset or the header record. Unknown header records are logged and
 * skipped, as CCP4 programs do.
 */
public final class MtzParser {

    private static final Logger LOG = LoggerFactory.getLogger(MtzParser.class);

    static final int RECORD_LENGTH = 80;
    static final int FIRST_DATA_BYTE = 80;

    private final Path file;
    private final byte[] bytes;
    private ByteOrder order;

    private MtzParser(Path file, byte[] bytes) {
        this.file = file;
        this.bytes = bytes;
    }

    /** Parses the MTZ bytes of {@code file}. */
    public static MtzFile parse(Path file, byte[] bytes) throws ReflectionFileException {
        return new MtzParser(file, bytes).parse();
    }

    private MtzFile parse() throws ReflectionFileException {
        if (bytes.length < FIRST_DATA_BYTE) {
            throw error("byte offset 0", "truncated MTZ file: " + bytes.length
                    + " bytes, shorter than the 80-byte first block");
        }
        String stamp = new String(bytes, 0, 4, StandardCharsets.ISO_8859_1);
        if (!stamp.equals("MTZ ")) {
            throw error("byte offset 0", "not an MTZ file: starts with '" + printable(stamp) + "' instead of 'MTZ '");
        }
        long headerOffset = readHeaderOffset();

        MtzHeaderBuilder header = new MtzHeaderBuilder(file);
        long offset = readMainHeader(header, headerOffset);
        offset = readTrailingHeaders(header, offset);
        header.finish(headerOffset);

        float[] data = readData(header, headerOffset);
        return header.build(order, data);
    }

    /** Chooses the byte order from the machine stamp and returns the header position in bytes. */
    private long readHeaderOffset() throws ReflectionFileException {
        int realFormat = (bytes[8] >> 4) & 0x0f;
        if (realFormat == 4) {
            order = ByteOrder.LITTLE_ENDIAN;
        } else if (realFormat == 1) {
            order = ByteOrder.BIG_ENDIAN;
        } else {
            order = guessByteOrder();
            LOG.warn("{}: unknown MTZ machine stamp 0x{} at byte offset 8; using {} byte order, the one that puts "
                    + "the header inside the file", file, hex(8, 4), order);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(order);
        long word = buffer.getInt(4);
        if (word == -1) {
            word = buffer.getLong(12);
        }
        long offset = (word - 1) * 4;
        if (word < 1 || offset < FIRST_DATA_BYTE) {
            throw error("byte offset 4", "invalid header position " + word + " (in 4-byte words; the header cannot "
                    + "start before byte offset 80)");
        }
        if (offset >= bytes.length) {
            throw error("byte offset 4", "header position word " + word + " is byte offset " + offset
                    + ", beyond the end of the file (" + bytes.length + " bytes): the file is truncated");
        }
        return offset;
    }

    private ByteOrder guessByteOrder() throws ReflectionFileException {
        for (ByteOrder candidate : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
            long word = ByteBuffer.wrap(bytes).order(candidate).getInt(4);
            long offset = (word - 1) * 4;
            if (offset >= FIRST_DATA_BYTE && offset < bytes.length) {
                return candidate;
            }
        }
        throw error("byte offset 8", "unknown machine stamp 0x" + hex(8, 4)
                + " and neither byte order puts the header inside the file");
    }

    /** Reads records from {@code start} up to END and returns the offset after END. */
    private long readMainHeader(MtzHeaderBuilder header, long start) throws ReflectionFileException {
        long offset = start;
        int index = 1;
        while (true) {
            MtzRecord record = record(offset, index, "before the END record");
            offset += RECORD_LENGTH;
            index++;
            if (record.keyword().equals("END")) {
                header.setRecordCount(index - 1);
                return offset;
            }
            header.accept(record);
        }
    }

    /** Reads history and batch headers after END and returns the offset after MTZENDOFHEADERS. */
    private long readTrailingHeaders(MtzHeaderBuilder header, long start) throws ReflectionFileException {
        long offset = start;
        int index = header.recordCount() + 1;
        while (true) {
            MtzRecord record = record(offset, index, "before the MTZENDOFHEADERS record");
            offset += RECORD_LENGTH;
            index++;
            String keyword = record.keyword();
            if (keyword.startsWith("MTZENDOFHEADERS")) {
                return offset;
            } else if (keyword.equals("MTZHIST")) {
                int lines = record.intAt(record.tokens(), 0, "history line count");
                if (lines < 0) {
                    throw record.error("negative history line count " + lines);
                }
                for (int i = 0; i < lines; i++) {
                    header.addHistory(record(offset, index, "inside the history lines").text().trim());
                    offset += RECORD_LENGTH;
                    index++;
                }
            } else if (keyword.equals("BH")) {
                offset = skipBatchHeader(record, offset);
                index += 2;
            } else if (!keyword.equals("MTZBATS") && !keyword.equals("TITLE") && !keyword.equals("BHCH")) {
                LOG.debug("{}: skipping {}", file, record.location());
            }
        }
    }

    /** Skips the TITLE record, the binary block and the BHCH record that follow a BH record. */
    private long skipBatchHeader(MtzRecord bh, long offset) throws ReflectionFileException {
        int words = bh.intAt(bh.tokens(), 1, "batch header word count");
        if (words < 0) {
            throw bh.error("negative batch header word count " + words);
        }
        long end = offset + RECORD_LENGTH + 4L * words + RECORD_LENGTH;
        if (end > bytes.length) {
            throw error("byte offset " + offset, "truncated MTZ file: batch header of " + bh.text()
                    + " runs past the end of the file (" + bytes.length + " bytes)");
        }
        return end;
    }

    private MtzRecord record(long offset, int index, String where) throws ReflectionFileException {
        if (offset + RECORD_LENGTH > bytes.length) {
            throw error("byte offset " + offset, "truncated MTZ file: it ends " + where + " (header record "
                    + index + " needs bytes " + offset + " to " + (offset + RECORD_LENGTH - 1) + ", the file has "
                    + bytes.length + " bytes)");
        }
        String text = new String(bytes, (int) offset, RECORD_LENGTH, StandardCharsets.ISO_8859_1);
        return new MtzRecord(file, index, offset, stripTrailing(text));
    }

    private float[] readData(MtzHeaderBuilder header, long headerOffset) throws ReflectionFileException {
        long values = (long) header.rows() * header.columnCount();
        long end = FIRST_DATA_BYTE + 4 * values;
        if (end > headerOffset) {
            throw error("byte offset " + FIRST_DATA_BYTE, "the NCOL record declares " + header.rows() + " rows x "
                    + header.columnCount() + " columns, which end at byte offset " + end
                    + ", past the header at byte offset " + headerOffset);
        }
        if (values > Integer.MAX_VALUE - 8) {
            throw error("byte offset " + FIRST_DATA_BYTE, values + " values do not fit in one Java array");
        }
        if (end < headerOffset) {
            LOG.warn("{}: {} unused bytes between the reflection table and the header at byte offset {}",
                    file, headerOffset - end, headerOffset);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(order);
        float[] data = new float[(int) values];
        for (int i = 0; i < data.length; i++) {
            data[i] = buffer.getFloat(FIRST_DATA_BYTE + 4 * i);
        }
        return data;
    }

    private ReflectionFileException error(String location, String problem) {
        return new ReflectionFileException(file, location, problem);
    }

    private String hex(int from, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < from + length; i++) {
            text.append(String.format(Locale.ROOT, "%02x", bytes[i] & 0xff));
        }
        return text.toString();
    }

    private static String stripTrailing(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\0')) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format(Locale.ROOT, "\\x%02x", (int) c));
        }
        return out.toString();
    }
}
