package org.occtensor.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occtensor.io.api.ModelFile;
import org.occtensor.io.api.ModelReadException;
import org.occtensor.io.api.ModelReader;
import org.occtensor.io.api.ReadOptions;

/**
 * Invalid mmCIF input. The variants edit altloc_blank_backbone.cif, whose line 79 is
 * {@code _atom_site} row 7, atom A/SER 2/CA.
 */
class CifBadInputTest {

    private static final int CA_LINE = 79;
    private static final String CA_ROW = "ATOM 7 C CA . SER Apoly A . ? 10.091 13.653 9.419 1 15 ? 2 A 1";

    private final ModelReader reader = new ModelReader();

    @TempDir
    Path temp;

    @Test
    void missingOccupancyColumnReadsAsOneWithWarning() throws Exception {
        Path file = TestFiles.writeText(temp, "no_occupancy.cif", TestFiles.withoutOccupancyColumn(fixtureText()));

        ModelFile model = reader.read(file);

        assertEquals(24, model.atoms().size());
        assertTrue(Arrays.stream(model.atoms().occupancies()).allMatch(o -> o == 1.0));
        assertEquals(1, model.warnings().size(), model.warnings().toString());
        assertTrue(model.warnings().get(0).contains("no occupancy item"), model.warnings().get(0));
    }

    @Test
    void nonNumericCoordinate() throws Exception {
        Path file = variant("bad_x.cif", CA_ROW.replace("10.091", "10.0x1"));

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertLocation(e, file, CA_LINE);
        assertEquals("10.0x1", e.value());
        assertTrue(e.getMessage().contains("_atom_site row 7: invalid Cartn_x"), e.getMessage());
    }

    @Test
    void missingCoordinate() throws Exception {
        Path file = variant("missing_y.cif", CA_ROW.replace("13.653", "?"));

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertLocation(e, file, CA_LINE);
        assertEquals("?", e.value());
        assertTrue(e.getMessage().contains("missing Cartn_y"), e.getMessage());
    }

    @Test
    void occupancyAboveOneIsAnErrorOrClamped() throws Exception {
        Path file = variant("occ_high.cif", CA_ROW.replace("9.419 1 15", "9.419 1.5 15"));

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));
        ModelFile clamped = reader.read(file, ReadOptions.defaults().withClampOccupancy(true));

        assertLocation(e, file, CA_LINE);
        assertEquals("1.5", e.value());
        assertTrue(e.getMessage().contains("row 7"), e.getMessage());
        assertEquals(1.0, clamped.atoms().occupancy(6), 0.0);
        assertEquals(1, clamped.warnings().size());
    }

    @Test
    void nanOccupancyIsAnError() throws Exception {
        Path file = variant("occ_nan.cif", CA_ROW.replace("9.419 1 15", "9.419 nan 15"));

        ModelReadException e = assertThrows(ModelReadException.class,
                () -> reader.read(file, ReadOptions.defaults().withClampOccupancy(true)));

        assertLocation(e, file, CA_LINE);
        assertEquals("nan", e.value());
    }

    @Test
    void truncatedInsideRow() throws Exception {
        String text = fixtureText();
        String cut = text.substring(0, text.indexOf("ATOM 20 ") + "ATOM 20 C C . GLY Apoly A".length());
        Path file = TestFiles.writeText(temp, "truncated.cif", cut);

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertLocation(e, file, 92);
        assertTrue(e.getMessage().contains("_atom_site loop ends inside row 20"), e.getMessage());
    }

    @Test
    void unterminatedTextField() throws Exception {
        Path file = TestFiles.writeText(temp, "open_text.cif", fixtureText() + "_struct.title\n;A title that never ends\n");

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertEquals(file, e.file());
        assertEquals(";", e.value());
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void duplicateAtom() throws Exception {
        Path file = variant("duplicate.cif", CA_ROW + "\n" + CA_ROW.replace("ATOM 7 ", "ATOM 99 "));

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertLocation(e, file, CA_LINE + 1);
        assertEquals("A/SER 2/CA", e.value());
    }

    @Test
    void noAtomSiteRows() throws Exception {
        String text = fixtureText();
        String noRows = text.substring(0, text.indexOf("ATOM 1 ")) + "\n";
        Path file = TestFiles.writeText(temp, "no_rows.cif", noRows);

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertEquals(0, e.line());
        assertTrue(e.getMessage().contains("no _atom_site rows"), e.getMessage());
    }

    private static void assertLocation(ModelReadException e, Path file, int line) {
        assertEquals(file, e.file(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
    }

    private static String fixtureText() throws Exception {
        return Files.readString(TestFiles.fixture("altloc_blank_backbone.cif"), StandardCharsets.ISO_8859_1);
    }

    private Path variant(String name, String newRow) throws Exception {
        String text = fixtureText();
        assertTrue(text.contains(CA_ROW + "\n"), "fixture row changed");
        return TestFiles.writeText(temp, name, text.replace(CA_ROW + "\n", newRow + "\n"));
    }
}
