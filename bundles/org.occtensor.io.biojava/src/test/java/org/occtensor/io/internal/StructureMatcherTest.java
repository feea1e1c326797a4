package org.occtensor.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.biojava.nbio.structure.Structure;
import org.junit.jupiter.api.Test;
import org.occtensor.io.api.ReadOptions;

/** The one-to-one check between BioJava's atoms and the scanned records, fed mismatched pairs. */
class StructureMatcherTest {

    private static final String CA_LINE = "ATOM      7  CA  SER A   2      10.091  13.653   9.419  1.00 15.00           C";

    @Test
    void matchingStructureGivesOneElementPerRecord() throws Exception {
        String text = fixtureText();
        List<AtomRecord> records = scan(text);

        String[] elements = StructureMatcher.match(fixture(), parse(text), 0, records);

        assertEquals(24, elements.length);
        assertEquals("C", elements[6]);
    }

    @Test
    void missingAtomNamesBothCounts() throws Exception {
        String text = fixtureText();
        List<AtomRecord> records = scan(text);
        Structure structure = parse(text.replace(CA_LINE + "\n", ""));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> StructureMatcher.match(fixture(), structure, 0, records));

        assertTrue(e.getMessage().contains("23 distinct atoms"), e.getMessage());
        assertTrue(e.getMessage().contains("24 ATOM/HETATM records"), e.getMessage());
        assertTrue(e.getMessage().contains(fixture().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("line 10 (A/SER 2/CA)"), e.getMessage());
    }

    @Test
    void extraAtomIsReported() throws Exception {
        String text = fixtureText();
        List<AtomRecord> records = scan(text);
        String extra = CA_LINE.replace("  CA  SER", "  CX  SER");
        Structure structure = parse(text.replace(CA_LINE + "\n", CA_LINE + "\n" + extra + "\n"));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> StructureMatcher.match(fixture(), structure, 0, records));

        assertTrue(e.getMessage().contains("A/SER 2/CX"), e.getMessage());
    }

    @Test
    void differentCoordinateIsReported() throws Exception {
        String text = fixtureText();
        List<AtomRecord> records = scan(text);
        Structure structure = parse(text.replace(CA_LINE, CA_LINE.replace("  10.091", "  10.092")));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> StructureMatcher.match(fixture(), structure, 0, records));

        assertTrue(e.getMessage().contains("differs from line 10"), e.getMessage());
    }

    private static List<AtomRecord> scan(String text) throws Exception {
        return new PdbScanner(fixture(), text, ReadOptions.defaults(), Warnings.unlogged(fixture())).scan().atoms();
    }

    private static Structure parse(String text) throws Exception {
        return BioJavaParser.parsePdb(fixture(), text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String fixtureText() throws Exception {
        String text = Files.readString(fixture(), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(CA_LINE + "\n"), "fixture line changed");
        return text;
    }

    private static Path fixture() {
        try {
            return Path.of(StructureMatcherTest.class.getResource("/fixtures/altloc_blank_backbone.pdb").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
