package org.occtensor.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occtensor.io.api.ModelFile;
import org.occtensor.io.api.ModelReadException;
import org.occtensor.io.api.ModelReader;
import org.occtensor.io.api.ReadOptions;

/**
 * Invalid PDB input: every error names the file, the line and the value. The variants change one
 * line of altloc_blank_backbone.pdb, whose line 10 is the record of atom A/SER 2/CA (row 6).
 */
class PdbBadInputTest {

    private static final int CA_LINE = 10;

    private final ModelReader reader = new ModelReader();

    @TempDir
    Path temp;

    @Test
    void truncatedLastRecord() throws Exception {
        List<String> lines = fixtureLines();
        String text = String.join("\n", lines.subList(0, CA_LINE - 1)) + "\n" + lines.get(CA_LINE - 1).substring(0, 40);
        Path file = TestFiles.writeText(temp, "truncated.pdb", text);

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertLocation(e, file, CA_LINE);
        assertEquals(lines.get(CA_LINE - 1).substring(0, 40), e.value());
        assertTrue(e.getMessage().contains("truncated ATOM record"), e.getMessage());
    }

    @Test
    void cutAtLineBreakWarns() throws Exception {
        Path file = TestFiles.writeText(temp, "head.pdb", String.join("\n", fixtureLines().subList(0, CA_LINE)) + "\n");

        ModelFile model = reader.read(file);

        assertEquals(7, model.atoms().size());
        assertEquals(1, model.warnings().size(), model.warnings().toString());
        String warning = model.warnings().get(0);
        assertTrue(warning.startsWith(file + ", line " + CA_LINE + ": the file may be truncated, because"), warning);
        assertTrue(warning.contains("no END record and its last record is ATOM"), warning);
    }

    @Test
    void terOrAnisouLastWarns() throws Exception {
        List<String> terLines = Files.readAllLines(TestFiles.fixture("insertion_altlocs.pdb"), StandardCharsets.ISO_8859_1);
        List<String> anisouLines = Files.readAllLines(TestFiles.fixture("anisou_charges.pdb"), StandardCharsets.ISO_8859_1);
        assertEquals("END", terLines.get(terLines.size() - 1));
        assertTrue(anisouLines.get(4).startsWith("ANISOU"), anisouLines.get(4));
        Path ter = TestFiles.writeText(temp, "ter.pdb", String.join("\n", terLines.subList(0, terLines.size() - 1)) + "\n");
        Path anisou = TestFiles.writeText(temp, "anisou.pdb", String.join("\n", anisouLines.subList(0, 5)) + "\n\n");

        List<String> terWarnings = reader.read(ter).warnings();
        List<String> anisouWarnings = reader.read(anisou).warnings();

        assertEquals(1, terWarnings.size(), terWarnings.toString());
        assertTrue(terWarnings.get(0).contains("line " + (terLines.size() - 1) + ": the file may be truncated, because"),
                terWarnings.get(0));
        assertTrue(terWarnings.get(0).contains("last record is TER"), terWarnings.get(0));
        assertEquals(1, anisouWarnings.size(), anisouWarnings.toString());
        assertTrue(anisouWarnings.get(0).contains("line 5: the file may be truncated, because"), anisouWarnings.get(0));
        assertTrue(anisouWarnings.get(0).contains("last record is ANISOU"), anisouWarnings.get(0));
    }

    @Test
    void endOrMasterLastGivesNoWarning() throws Exception {
        String text = Files.readString(TestFiles.fixture("anisou_charges.pdb"), StandardCharsets.ISO_8859_1);
        assertTrue(text.endsWith("MASTER        0    0    0    0    0    0    0    3   16    1    4    0\nEND\n"));
        Path withoutEnd = TestFiles.writeText(temp, "master_last.pdb", text.substring(0, text.length() - "END\n".length()));

        assertEquals(List.of(), reader.read(TestFiles.fixture("anisou_charges.pdb")).warnings());
        assertEquals(List.of(), reader.read(withoutEnd).warnings());
    }

    @Test
    void realModelHead200Warns() throws Exception {
        Path real = TestFiles.realData("1bdw/1bdw_refine_001.pdb");
        List<String> lines = Files.readAllLines(real, StandardCharsets.ISO_8859_1);
        Path head = TestFiles.writeText(temp, "head200.pdb", String.join("\n", lines.subList(0, 200)) + "\n");

        ModelFile full = reader.read(real);
        ModelFile cut = reader.read(head);

        assertEquals(List.of(), full.warnings());
        assertEquals(1, cut.warnings().size(), cut.warnings().toString());
        assertTrue(cut.warnings().get(0).contains("line 200: the file may be truncated, because"), cut.warnings().get(0));
        assertEquals(TestFiles.countAtomRecordLines(head), cut.atoms().size());
    }

    @Test
    void truncatedGzip() throws Exception {
        Path gz = TestFiles.gzip(TestFiles.fixture("altloc_blank_backbone.pdb"), temp.resolve("full.pdb.gz"));
        byte[] bytes = Files.readAllBytes(gz);
        Path file = Files.write(temp.resolve("cut.pdb.gz"), Arrays.copyOf(bytes, bytes.length / 2));

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void nonNumericCoordinate() throws Exception {
        Path file = variant("bad_x.pdb", CA_LINE, line -> replaceColumns(line, 31, 38, "  12.3x4"));

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertLocation(e, file, CA_LINE);
        assertEquals("12.3x4", e.value());
        assertTrue(e.getMessage().contains("x coordinate"), e.getMessage());
    }

    @Test
    void nanCoordinate() throws Exception {
        Path file = variant("nan_z.pdb", CA_LINE, line -> replaceColumns(line, 47, 54, "     NaN"));

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertLocation(e, file, CA_LINE);
        assertEquals("NaN", e.value());
    }

    @Test
    void occupancyAboveOneIsAnError() throws Exception {
        Path file = variant("occ_high.pdb", CA_LINE, line -> replaceColumns(line, 55, 60, "  1.50"));

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertLocation(e, file, CA_LINE);
        assertEquals("1.50", e.value());
        assertTrue(e.getMessage().contains("A/SER 2/CA"), e.getMessage());
        assertTrue(e.getMessage().contains("outside [0, 1]"), e.getMessage());
    }

    @Test
    void occupancyOutsideRangeIsClampedOnRequest() throws Exception {
        Path high = variant("occ_high.pdb", CA_LINE, line -> replaceColumns(line, 55, 60, "  1.50"));
        Path low = variant("occ_low.pdb", CA_LINE, line -> replaceColumns(line, 55, 60, " -0.20"));
        ReadOptions clamp = ReadOptions.defaults().withClampOccupancy(true);

        ModelFile clampedHigh = reader.read(high, clamp);
        ModelFile clampedLow = reader.read(low, clamp);

        assertEquals(1.0, clampedHigh.atoms().occupancy(6), 0.0);
        assertEquals(0.0, clampedLow.atoms().occupancy(6), 0.0);
        assertEquals(1, clampedHigh.warnings().size());
        assertTrue(clampedHigh.warnings().get(0).contains("line " + CA_LINE), clampedHigh.warnings().get(0));
        assertTrue(clampedHigh.warnings().get(0).contains("clamped"), clampedHigh.warnings().get(0));
    }

    @Test
    void nanOccupancyIsAnErrorEvenWithClamping() throws Exception {
        Path file = variant("occ_nan.pdb", CA_LINE, line -> replaceColumns(line, 55, 60, "   nan"));

        ModelReadException e = assertThrows(ModelReadException.class,
                () -> reader.read(file, ReadOptions.defaults().withClampOccupancy(true)));

        assertLocation(e, file, CA_LINE);
        assertEquals("nan", e.value());
    }

    @Test
    void blankOccupancyIsReadAsOneWithWarning() throws Exception {
        Path file = variant("occ_blank.pdb", CA_LINE, line -> replaceColumns(line, 55, 60, "      "));

        ModelFile model = reader.read(file);

        assertEquals(1.0, model.atoms().occupancy(6), 0.0);
        assertEquals(1, model.warnings().size());
        assertTrue(model.warnings().get(0).contains("line " + CA_LINE), model.warnings().get(0));
    }

    @Test
    void nonNumericBFactor() throws Exception {
        Path file = variant("bad_b.pdb", CA_LINE, line -> replaceColumns(line, 61, 66, " 15.0a"));

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertLocation(e, file, CA_LINE);
        assertEquals("15.0a", e.value());
    }

    @Test
    void nonNumericResidueNumber() throws Exception {
        Path file = variant("bad_resseq.pdb", CA_LINE, line -> replaceColumns(line, 23, 26, "  2x"));

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertLocation(e, file, CA_LINE);
        assertEquals("2x", e.value());
    }

    @Test
    void zeroAtoms() throws Exception {
        Path file = TestFiles.writeText(temp, "empty_model.pdb", String.join("\n", fixtureLines().subList(0, 3)) + "\nEND\n");

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertEquals(file, e.file());
        assertEquals(0, e.line());
        assertTrue(e.getMessage().contains("no ATOM or HETATM records"), e.getMessage());
    }

    @Test
    void duplicateAtom() throws Exception {
        List<String> lines = new ArrayList<>(fixtureLines());
        lines.add(CA_LINE, lines.get(CA_LINE - 1).replace("   7  CA ", "  99  CA "));
        Path file = TestFiles.writeText(temp, "duplicate.pdb", String.join("\n", lines) + "\n");

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertLocation(e, file, CA_LINE + 1);
        assertEquals("A/SER 2/CA", e.value());
        assertTrue(e.getMessage().contains("line " + CA_LINE + " has the same"), e.getMessage());
    }

    @Test
    void duplicateAtomWithOtherResidueName() throws Exception {
        List<String> lines = new ArrayList<>(fixtureLines());
        lines.add(CA_LINE, lines.get(CA_LINE - 1).replace(" CA  SER ", " CA  THR "));
        Path file = TestFiles.writeText(temp, "duplicate_name.pdb", String.join("\n", lines) + "\n");

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertLocation(e, file, CA_LINE + 1);
    }

    @Test
    void textThatIsNoModel() throws Exception {
        Path file = TestFiles.writeText(temp, "notes.pdb", "\nthese are notes, not a model\n");

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertLocation(e, file, 2);
        assertEquals("these are notes, not a model", e.value());
    }

    @Test
    void emptyFile() throws Exception {
        Path file = TestFiles.writeText(temp, "empty.pdb", "");

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    private static void assertLocation(ModelReadException e, Path file, int line) {
        assertEquals(file, e.file(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ", line " + line + ": "), e.getMessage());
    }

    private static List<String> fixtureLines() throws Exception {
        return Files.readAllLines(TestFiles.fixture("altloc_blank_backbone.pdb"), StandardCharsets.ISO_8859_1);
    }

    private Path variant(String name, int lineNumber, UnaryOperator<String> change) throws Exception {
        List<String> lines = new ArrayList<>(fixtureLines());
        lines.set(lineNumber - 1, change.apply(lines.get(lineNumber - 1)));
        return TestFiles.writeText(temp, name, String.join("\n", lines) + "\n");
    }

    /** Replaces 1-based inclusive columns {@code first..last}; {@code text} must have that width. */
    private static String replaceColumns(String line, int first, int last, String text) {
        assertEquals(last - first + 1, text.length(), "replacement width");
        return line.substring(0, first - 1) + text + line.substring(last);
    }
}
