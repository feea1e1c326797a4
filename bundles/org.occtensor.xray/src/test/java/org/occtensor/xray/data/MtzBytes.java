package org.occtensor.xray.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Byte-level helpers for MTZ tests: header position, header dump, byte-order swap. */
final class MtzBytes {

    private MtzBytes() {
    }

    /** Returns the byte offset of the header of a little-endian MTZ file. */
    static int headerOffset(byte[] littleEndian) {
        return (ByteBuffer.wrap(littleEndian).order(ByteOrder.LITTLE_ENDIAN).getInt(4) - 1) * 4;
    }

    /** Returns the header records of a little-endian MTZ file, trailing blanks removed. */
    static List<String> headerRecords(byte[] littleEndian) {
        List<String> records = new ArrayList<>();
        for (int offset = headerOffset(littleEndian); offset + 80 <= littleEndian.length; offset += 80) {
            records.add(new String(littleEndian, offset, 80, StandardCharsets.US_ASCII).stripTrailing());
        }
        return records;
    }

    /** Returns the byte offset of the first header record starting with {@code keyword}, or -1. */
    static int recordOffset(byte[] littleEndian, String keyword) {
        for (int offset = headerOffset(littleEndian); offset + 80 <= littleEndian.length; offset += 80) {
            if (new String(littleEndian, offset, 80, StandardCharsets.US_ASCII).startsWith(keyword)) {
                return offset;
            }
        }
        return -1;
    }

    /**
     * Converts a little-endian MTZ file to big endian: swaps the header position and every value of
     * the reflection table, and writes the big-endian machine stamp 0x11 0x11 0x00 0x00.
     */
    static byte[] toBigEndian(byte[] littleEndian) {
        byte[] out = littleEndian.clone();
        int header = headerOffset(littleEndian);
        swapWord(out, 4);
        for (int offset = 80; offset < header; offset += 4) {
            swapWord(out, offset);
        }
        out[8] = 0x11;
        out[9] = 0x11;
        out[10] = 0;
        out[11] = 0;
        return out;
    }

    private static void swapWord(byte[] bytes, int offset) {
        byte b0 = bytes[offset];
        byte b1 = bytes[offset + 1];
        bytes[offset] = bytes[offset + 3];
        bytes[offset + 1] = bytes[offset + 2];
        bytes[offset + 2] = b1;
        bytes[offset + 3] = b0;
    }

    /** Returns a copy with the 80-character record at {@code offset} replaced by {@code text}, padded. */
    static byte[] replaceRecord(byte[] bytes, int offset, String text) {
        byte[] out = bytes.clone();
        byte[] padded = String.format("%-80s", text).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(padded, 0, out, offset, 80);
        return out;
    }
}
