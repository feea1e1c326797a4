package org.occtensor.xray.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occtensor.core.api.UnitCell;
import org.occtensor.xray.api.MtzColumn;
import org.occtensor.xray.api.MtzWriter;
import org.occtensor.xray.api.ReflectionData;
import org.occtensor.xray.api.ReflectionOptions;
import org.occtensor.xray.api.ReflectionReader;

class MtzWriterTest {

    static final UnitCell CELL = new UnitCell(20.584, 27.905, 52.04, 90, 90, 90, "P 21 21 21");
    static final int[] HKL = {1, 2, 3, 0, 0, 4, 2, 1, 5, 3, 0, 1};

    @TempDir
    Path folder;

    private static List<MtzColumn> columns() {
        return List.of(
                new MtzColumn("FP", 'F', new float[] {10.5f, 20.25f, Float.NaN, 7.0f}),
                new MtzColumn("SIGFP", 'Q', new float[] {0.5f, 1.0f, Float.NaN, 0.25f}),
                new MtzColumn("FreeR_flag", 'I', new float[] {0, 1, 19, 5}));
    }

    @Test
    void headerMatchesExpectedText() throws Exception {
        Path file = folder.resolve("small.mtz");
        MtzWriter.write(file, CELL, HKL, columns());

        List<String> records = MtzBytes.headerRecords(Files.readAllBytes(file));

        assertEquals(expected("mtz-writer-header-p212121.txt"), records);
    }

    @Test
    void roundTripThroughReader() throws Exception {
        Path file = folder.resolve("small.mtz");
        MtzWriter.write(file, CELL, HKL, columns());

        ReflectionData data = ReflectionReader.read(file, ReflectionOptions.defaults());

        assertArrayEquals(new int[] {1, 2, 3, 0, 0, 4, 3, 0, 1}, data.hkl());
        assertArrayEquals(new double[] {10.5, 20.25, 7.0}, data.fobs(), 0.0);
        assertArrayEquals(new double[] {0.5, 1.0, 0.25}, data.sigma(), 0.0);
        assertArrayEquals(new boolean[] {true, false, false}, data.free(), "flags 0..19: test set 0");
        assertEquals("FP", data.report().amplitudeLabel());
        assertEquals("FreeR_flag", data.report().freeLabel());
        assertEquals(1, data.report().excludedMissing());
        assertEquals(CELL, data.cell());
        assertEquals("MTZ dataset 1 'OccTensor'", data.report().origin());
    }

    @Test
    void parsedHeaderDescribesDatasetsAndSymmetry() throws Exception {
        Path file = folder.resolve("small.mtz");
        MtzWriter.write(file, CELL, HKL, columns());

        MtzFile mtz = MtzParser.parse(file, Files.readAllBytes(file));

        assertEquals(2, mtz.datasets().size());
        assertEquals("HKL_base", mtz.dataset(0).name());
        assertEquals(19, mtz.symmetry().number());
        assertEquals("P 21 21 21", mtz.symmetry().name());
        assertEquals("PG222", mtz.symmetry().pointGroup());
        assertEquals(4, mtz.symmetry().operators().size());
        assertEquals(4, mtz.rows());
    }

    @Test
    void bigEndianCopyRoundTrips() throws Exception {
        Path little = folder.resolve("little.mtz");
        MtzWriter.write(little, CELL, HKL, columns());
        Path big = folder.resolve("big.mtz");
        Files.write(big, MtzBytes.toBigEndian(Files.readAllBytes(little)));

        ReflectionData expected = ReflectionReader.read(little, ReflectionOptions.defaults());
        ReflectionData actual = ReflectionReader.read(big, ReflectionOptions.defaults());

        assertArrayEquals(expected.hkl(), actual.hkl());
        assertArrayEquals(expected.fobs(), actual.fobs(), 0.0);
        assertArrayEquals(expected.sigma(), actual.sigma(), 0.0);
        assertArrayEquals(expected.free(), actual.free());
    }

    @Test
    void rhombohedralGroupIsWrittenAsH() throws Exception {
        Path file = folder.resolve("h3.mtz");
        UnitCell cell = new UnitCell(50, 50, 70, 90, 90, 120, "H 3");
        MtzWriter.write(file, cell, HKL, columns());

        MtzFile mtz = MtzParser.parse(file, Files.readAllBytes(file));
        ReflectionData data = ReflectionReader.read(file, ReflectionOptions.defaults());

        assertEquals("H 3", mtz.symmetry().name());
        assertEquals('H', mtz.symmetry().latticeType());
        assertEquals(9, mtz.symmetry().operators().size());
        assertEquals("R 3:H", data.cell().spaceGroup());
    }

    @Test
    void unknownSpaceGroupLeavesNoFile() throws Exception {
        Path file = folder.resolve("bad.mtz");
        UnitCell cell = new UnitCell(50, 50, 70, 90, 90, 90, "P 7");

        assertThrows(IllegalArgumentException.class, () -> MtzWriter.write(file, cell, HKL, columns()));

        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(0, left.count(), "no output and no temporary file");
        }
    }

    @Test
    void replacesExistingFileWithoutTemporaries() throws Exception {
        Path file = folder.resolve("small.mtz");
        Files.writeString(file, "old");
        MtzWriter.write(file, CELL, HKL, columns());

        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(file), left.toList());
        }
        assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).startsWith("old"));
    }

    @Test
    void columnLengthMismatchIsRejected() {
        List<MtzColumn> shortColumn = List.of(new MtzColumn("FP", 'F', new float[] {1f}));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MtzWriter.write(folder.resolve("x.mtz"), CELL, HKL, shortColumn));

        assertTrue(e.getMessage().contains("column FP has 1 values for 4 reflections"), e.getMessage());
    }

    @Test
    void invalidLabelIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MtzColumn("F P", 'F', new float[0]));

        assertTrue(e.getMessage().contains("'F P'"), e.getMessage());
    }

    private static List<String> expected(String resource) throws Exception {
        try (InputStream in = MtzWriterTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, "test resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .filter(line -> !line.startsWith("#")).toList();
        }
    }
}
