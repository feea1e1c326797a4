package org.occtensor.xray.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.occtensor.xray.api.ReflectionFileException;
import org.occtensor.xray.testsupport.SharedData;

class MtzParserTest {

    private static final String ONE_BDW = "1bdw/1bdw_refine_001.mtz";

    private static MtzFile parse(String relative) throws Exception {
        Path file = SharedData.require(relative);
        return MtzParser.parse(file, Files.readAllBytes(file));
    }

    private static byte[] bytes(String relative) throws Exception {
        return Files.readAllBytes(SharedData.require(relative));
    }

    private static ReflectionFileException parseError(byte[] bytes) {
        return assertThrows(ReflectionFileException.class, () -> MtzParser.parse(Path.of("cut.mtz"), bytes));
    }

    @Test
    void phenixFileHeader() throws Exception {
        MtzFile mtz = parse(ONE_BDW);

        assertEquals(ByteOrder.LITTLE_ENDIAN, mtz.byteOrder());
        assertEquals("MTZ:V1.1", mtz.version());
        assertEquals(3585, mtz.rows());
        assertEquals(16, mtz.columnCount());
        assertArrayEquals(new double[] {20.584, 27.905, 52.04, 90, 90, 90}, mtz.cell(), 1e-9);
        assertTrue(Float.isNaN(mtz.missingValue()), "VALM NAN");
        assertEquals(0, mtz.batchCount());

        MtzSymmetry symmetry = mtz.symmetry();
        assertEquals(19, symmetry.number());
        assertEquals("P212121", symmetry.name());
        assertEquals('P', symmetry.latticeType());
        assertEquals(List.of("X,  Y,  Z", "X+1/2,  -Y+1/2,  -Z", "-X,  Y+1/2,  -Z+1/2", "-X+1/2,  -Y,  Z+1/2"),
                symmetry.operators());

        MtzColumnHeader fobs = mtz.columns().get(mtz.columnIndex("F-obs-filtered"));
        assertEquals('F', fobs.type());
        assertEquals(2, fobs.datasetId());
        assertEquals(4, mtz.datasets().size());
        assertEquals("Experimental-data-used-in-refinement", mtz.dataset(2).name());
        assertArrayEquals(new double[] {20.584, 27.905, 52.04, 90, 90, 90}, mtz.dataset(2).cell(), 1e-9);
        assertEquals(1.0, mtz.dataset(2).wavelength(), 1e-12);
        assertArrayEquals(new double[] {0.0014770167181268, 0.3453683555126190}, mtz.resolutionRange(), 1e-15);
    }

    @Test
    void missingValuesAreNan() throws Exception {
        MtzFile mtz = parse(ONE_BDW);
        int column = mtz.columnIndex("F-obs-filtered");
        int present = 0;
        for (int row = 0; row < mtz.rows(); row++) {
            present += mtz.isMissing(mtz.value(row, column)) ? 0 : 1;
        }

        assertEquals(3388, present);
    }

    @Test
    void intensityFileHeader() throws Exception {
        MtzFile mtz = parse("3k0n/3K0N.mtz");

        assertEquals(41086, mtz.rows());
        assertEquals('J', mtz.columns().get(mtz.columnIndex("IOBS")).type());
        assertEquals("dataset", mtz.dataset(1).name());
        assertEquals(1.11583, mtz.dataset(1).wavelength(), 1e-9);
    }

    @Test
    void hexagonalFileHeader() throws Exception {
        MtzFile mtz = parse("br_lcls/BR_LCLS_refine_8.mtz");

        assertEquals(52144, mtz.rows());
        assertEquals(173, mtz.symmetry().number());
        assertEquals(6, mtz.symmetry().operators().size());
        assertEquals(120.0, mtz.cell()[5], 1e-9);
    }

    @Test
    void bigEndianCopyReadsTheSame() throws Exception {
        byte[] little = bytes(ONE_BDW);
        MtzFile expected = MtzParser.parse(Path.of("little.mtz"), little);
        MtzFile big = MtzParser.parse(Path.of("big.mtz"), MtzBytes.toBigEndian(little));

        assertEquals(ByteOrder.BIG_ENDIAN, big.byteOrder());
        assertEquals(expected.rows(), big.rows());
        assertEquals(expected.columns(), big.columns());
        for (int row = 0; row < expected.rows(); row++) {
            for (int c = 0; c < expected.columnCount(); c++) {
                assertEquals(Float.floatToIntBits(expected.value(row, c)), Float.floatToIntBits(big.value(row, c)),
                        "row " + row + " column " + c);
            }
        }
    }

    @Test
    void unknownMachineStampFallsBackToPlausibleOrder() throws Exception {
        byte[] bytes = bytes(ONE_BDW);
        bytes[8] = 0;
        bytes[9] = 0;

        MtzFile mtz = MtzParser.parse(Path.of("stamp.mtz"), bytes);

        assertEquals(ByteOrder.LITTLE_ENDIAN, mtz.byteOrder());
        assertEquals(3585, mtz.rows());
    }

    @Test
    void wrongMagicNamesOffsetZero() throws Exception {
        byte[] bytes = bytes(ONE_BDW);
        bytes[2] = 'X';

        ReflectionFileException e = parseError(bytes);

        assertTrue(e.getMessage().contains("byte offset 0"), e.getMessage());
        assertTrue(e.getMessage().contains("'MTX '"), e.getMessage());
    }

    @Test
    void fileCutInReflectionTableNamesHeaderPosition() throws Exception {
        byte[] cut = Arrays.copyOf(bytes(ONE_BDW), 200_000);

        ReflectionFileException e = parseError(cut);

        assertEquals("byte offset 4", e.location());
        assertTrue(e.getMessage().contains("byte offset 229520"), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void fileCutInsideHeaderNamesRecordOffset() throws Exception {
        byte[] full = bytes(ONE_BDW);
        int header = MtzBytes.headerOffset(full);
        byte[] cut = Arrays.copyOf(full, header + 5 * 80 + 17);

        ReflectionFileException e = parseError(cut);

        assertEquals("byte offset " + (header + 5 * 80), e.location());
        assertTrue(e.getMessage().contains("before the END record"), e.getMessage());
        assertTrue(e.getMessage().contains("header record 6"), e.getMessage());
    }

    @Test
    void fileCutBeforeEndOfHeaders() throws Exception {
        byte[] full = bytes(ONE_BDW);
        byte[] cut = Arrays.copyOf(full, MtzBytes.recordOffset(full, "MTZENDOFHEADERS"));

        ReflectionFileException e = parseError(cut);

        assertTrue(e.getMessage().contains("before the MTZENDOFHEADERS record"), e.getMessage());
    }

    @Test
    void invalidNumberNamesRecordAndValue() throws Exception {
        byte[] full = bytes(ONE_BDW);
        int ncol = MtzBytes.recordOffset(full, "NCOL");
        byte[] corrupt = MtzBytes.replaceRecord(full, ncol, "NCOL       16         35x5        0");

        ReflectionFileException e = parseError(corrupt);

        assertTrue(e.location().startsWith("header record 3 at byte offset " + ncol), e.location());
        assertTrue(e.getMessage().contains("invalid reflection count '35x5'"), e.getMessage());
    }

    @Test
    void columnCountDisagreementNamesNcol() throws Exception {
        byte[] full = bytes(ONE_BDW);
        int ncol = MtzBytes.recordOffset(full, "NCOL");
        byte[] corrupt = MtzBytes.replaceRecord(full, ncol, "NCOL       15         3585        0");

        ReflectionFileException e = parseError(corrupt);

        assertTrue(e.location().contains("NCOL       15"), e.location());
        assertTrue(e.getMessage().contains("declares 15 columns but the header has 16 COLUMN records"),
                e.getMessage());
    }

    @Test
    void tooManyRowsForTableNamesOffsets() throws Exception {
        byte[] full = bytes(ONE_BDW);
        int ncol = MtzBytes.recordOffset(full, "NCOL");
        byte[] corrupt = MtzBytes.replaceRecord(full, ncol, "NCOL       16         3586        0");

        ReflectionFileException e = parseError(corrupt);

        assertEquals("byte offset 80", e.location());
        assertTrue(e.getMessage().contains("3586 rows x 16 columns"), e.getMessage());
        assertTrue(e.getMessage().contains("header at byte offset 229520"), e.getMessage());
    }

    @Test
    void invalidCellNamesRecord() throws Exception {
        byte[] full = bytes(ONE_BDW);
        int cell = MtzBytes.recordOffset(full, "CELL");
        byte[] corrupt = MtzBytes.replaceRecord(full, cell, "CELL    20.5840   27.9050   five   90.0000   90.0000");

        ReflectionFileException e = parseError(corrupt);

        assertTrue(e.location().contains("(CELL    20.5840"), e.location());
        assertTrue(e.getMessage().contains("invalid cell c 'five'"), e.getMessage());
    }

    @Test
    void tinyFileIsTruncated() {
        ReflectionFileException e = parseError("MTZ ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertEquals("byte offset 0", e.location());
        assertTrue(e.getMessage().contains("4 bytes"), e.getMessage());
    }
}
