package org.occtensor.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occtensor.io.api.ModelFile;
import org.occtensor.io.api.ModelReadException;
import org.occtensor.io.api.ModelReader;

/** Binary files and control characters: messages name the file and never contain raw control bytes. */
class NonTextInputTest {

    private final ModelReader reader = new ModelReader();

    @TempDir
    Path temp;

    @Test
    void realMtzIsRejectedAsBinary() throws Exception {
        Path mtz = TestFiles.realData("1bdw/1bdw_refine_001.mtz");

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(mtz));

        assertEquals(mtz, e.file());
        assertEquals(0, e.line());
        assertNull(e.value());
        assertTrue(e.getMessage().startsWith(mtz + ": not a PDB or mmCIF model: the file has binary content"),
                e.getMessage());
        assertTrue(e.getMessage().contains("MTZ reflection file"), e.getMessage());
        assertPrintable(e.getMessage());
    }

    @Test
    void binaryBytesAreRejectedWithOffset() throws Exception {
        byte[] bytes = {'A', 'T', 'O', 'M', ' ', ' ', 0x01, (byte) 0xff, 0x00, 0x7f, 'x'};
        Path file = Files.write(temp.resolve("blob.pdb"), bytes);

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertEquals(file + ": not a PDB or mmCIF model: the file has binary content (a NUL byte at byte offset 8)",
                e.getMessage());
    }

    @Test
    void gzipOfBinaryIsRejected() throws Exception {
        Path raw = Files.write(temp.resolve("map.ccp4"), new byte[]{'M', 'A', 'P', ' ', 0, 0, 0, 1});
        Path gz = TestFiles.gzip(raw, temp.resolve("map.ccp4.gz"));

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(gz));

        assertEquals(gz, e.file());
        assertTrue(e.getMessage().contains("binary content (a NUL byte at byte offset 4)"), e.getMessage());
    }

    @Test
    void nulAfterProbeIsNotBinary() throws Exception {
        String padding = "REMARK   1 PADDING\n".repeat(500);
        Path file = TestFiles.writeText(temp, "late_nul.pdb", padding + "REMARK   1 \u0000\n");

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertTrue(e.getMessage().contains("no ATOM or HETATM records"), e.getMessage());
    }

    @Test
    void controlCharsInFirstLineAreEscaped() throws Exception {
        Path file = TestFiles.writeText(temp, "notes.pdb", "\u001b[31mred\u0007\u00e9\n");

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertEquals("\u001b[31mred\u0007\u00e9", e.value(), "value() keeps the file's text");
        assertTrue(e.getMessage().endsWith("(value '\\x1B[31mred\\x07\\xE9')"), e.getMessage());
        assertPrintable(e.getMessage());
    }

    @Test
    void longValueIsCutAfterWholeEscape() throws Exception {
        Path file = TestFiles.writeText(temp, "long.pdb", "\u0001".repeat(200) + "\n");

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        String quoted = e.getMessage().substring(e.getMessage().indexOf("(value '") + 8, e.getMessage().length() - 2);
        assertEquals("\\x01".repeat(19) + "...", quoted);
    }

    @Test
    void controlCharInCoordinateIsEscaped() throws Exception {
        String text = Files.readString(TestFiles.fixture("altloc_blank_backbone.pdb"), StandardCharsets.ISO_8859_1);
        Path file = TestFiles.writeText(temp, "bell.pdb", text.replace("  10.091  13.653", "  10.0\u00071  13.653"));

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertEquals(10, e.line());
        assertEquals("10.0\u00071", e.value());
        assertTrue(e.getMessage().contains("(value '10.0\\x071')"), e.getMessage());
        assertPrintable(e.getMessage());
    }

    @Test
    void controlCharInWarningIsEscaped() throws Exception {
        String text = Files.readString(TestFiles.fixture("anisou_charges.pdb"), StandardCharsets.ISO_8859_1);
        Path file = TestFiles.writeText(temp, "orphan.pdb",
                text.replace("ANISOU    2  CA  LYS A   7", "ANISOU    2  C\u0007  LYS A   7"));

        ModelFile model = reader.read(file);

        assertEquals(1, model.warnings().size(), model.warnings().toString());
        assertTrue(model.warnings().get(0).contains("'    2  C\\x07  LYS A   7 '"), model.warnings().get(0));
        assertPrintable(model.warnings().get(0));
    }

    private static void assertPrintable(String message) {
        assertFalse(message.chars().anyMatch(c -> c < 0x20 || c >= 0x7f), "non-printable char in: " + message);
    }
}
