package org.occtensor.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.occtensor.core.api.AtomTable;
import org.occtensor.io.api.ModelFile;
import org.occtensor.io.api.ModelReader;
import org.occtensor.io.api.ModelWriter;

/**
 * mmCIF without {@code _atom_site.group_PDB}, as gemmi 0.5.7 writes it by default. Each fixture
 * {@code NAME_no_group.cif} was converted from {@code NAME.pdb}, so both must give the same atoms.
 */
class CifWithoutGroupTest {

    /** Position of _atom_site.occupancy among the columns of gemmi's default _atom_site loop. */
    private static final int OCCUPANCY_COLUMN = 12;

    private final ModelReader reader = new ModelReader();
    private final ModelWriter writer = new ModelWriter();

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"anisou_charges", "altloc_blank_backbone"})
    void readsSameAtomsAsPdb(String name) throws Exception {
        AtomTable pdb = reader.read(TestFiles.fixture(name + ".pdb")).atoms();
        AtomTable cif = reader.read(TestFiles.fixture(name + "_no_group.cif")).atoms();

        assertEquals(pdb.size(), cif.size());
        for (int i = 0; i < pdb.size(); i++) {
            String row = "row " + i + " (" + pdb.label(i) + ")";
            assertEquals(pdb.label(i), cif.label(i), row);
            assertEquals(pdb.x(i), cif.x(i), 0.0, row);
            assertEquals(pdb.y(i), cif.y(i), 0.0, row);
            assertEquals(pdb.z(i), cif.z(i), 0.0, row);
            assertEquals(pdb.occupancy(i), cif.occupancy(i), 0.0, row);
            assertEquals(pdb.bFactor(i), cif.bFactor(i), 0.0, row);
            assertEquals(pdb.element(i), cif.element(i), row);
            assertEquals(pdb.charge(i), cif.charge(i), row);
            assertEquals(pdb.hasAnisoU(i), cif.hasAnisoU(i), row);
            assertEquals(pdb.isHetero(i), cif.isHetero(i), row + ": HETATM decided from the residue name");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"anisou_charges", "altloc_blank_backbone"})
    void warnsAboutMissingGroupColumn(String name) throws Exception {
        ModelFile model = reader.read(TestFiles.fixture(name + "_no_group.cif"));

        assertEquals(1, model.warnings().size(), model.warnings().toString());
        assertTrue(model.warnings().get(0).contains("has no group_PDB item"), model.warnings().get(0));
        assertTrue(model.warnings().get(0).contains("as HETATM"), model.warnings().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"anisou_charges", "altloc_blank_backbone"})
    void unchangedOccupanciesGiveIdenticalBytes(String name) throws Exception {
        Path input = TestFiles.fixture(name + "_no_group.cif");
        ModelFile model = reader.read(input);
        Path out = temp.resolve(name + ".cif");

        writer.write(model, model.atoms().occupancies(), out, false);

        assertArrayEquals(Files.readAllBytes(input), Files.readAllBytes(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"anisou_charges", "altloc_blank_backbone"})
    void newOccupanciesChangeOnlyOccupancyValues(String name) throws Exception {
        Path input = TestFiles.fixture(name + "_no_group.cif");
        ModelFile model = reader.read(input);
        double[] occupancies = ModelWriterTest.filled(model.atoms().size(), 0.123456);
        Path out = temp.resolve(name + ".cif");

        writer.write(model, occupancies, out, false);

        List<String> before = Files.readAllLines(input, StandardCharsets.ISO_8859_1);
        List<String> after = Files.readAllLines(out, StandardCharsets.ISO_8859_1);
        assertEquals(before.size(), after.size());
        int rows = 0;
        for (int n = 0; n < before.size(); n++) {
            String expected = before.get(n);
            if (isAtomSiteRow(expected)) {
                expected = withValue(expected, OCCUPANCY_COLUMN, "0.1235");
                rows++;
            }
            assertEquals(expected, after.get(n), "line " + (n + 1));
        }
        assertEquals(model.atoms().size(), rows, "_atom_site rows found in the fixture");
        ModelFile reread = reader.read(out);
        for (int i = 0; i < reread.atoms().size(); i++) {
            assertEquals(0.1235, reread.atoms().occupancy(i), 0.0, "row " + i);
            assertEquals(model.atoms().isHetero(i), reread.atoms().isHetero(i), "row " + i);
        }
    }

    /**
     * Returns whether {@code line} is an _atom_site row of gemmi's default output: 18 values, the
     * first the atom serial. _atom_site_anisotrop rows have 8.
     */
    private static boolean isAtomSiteRow(String line) {
        String[] values = line.split(" ");
        return values.length == 18 && values[0].matches("\\d+");
    }

    private static String withValue(String row, int column, String value) {
        List<String> values = new ArrayList<>(List.of(row.split(" ")));
        values.set(column, value);
        return String.join(" ", values);
    }
}
