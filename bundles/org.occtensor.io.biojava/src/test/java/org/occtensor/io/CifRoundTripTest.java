package org.occtensor.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.occtensor.core.api.AtomTable;
import org.occtensor.io.api.ModelFile;
import org.occtensor.io.api.ModelReader;
import org.occtensor.io.api.ModelWriter;
import org.occtensor.io.api.ReadOptions;

/** mmCIF written back: every category survives and only _atom_site.occupancy values change. */
class CifRoundTripTest {

    /** Position of _atom_site.occupancy among the columns of gemmi's _atom_site loop. */
    private static final int OCCUPANCY_COLUMN = 13;

    private final ModelReader reader = new ModelReader();
    private final ModelWriter writer = new ModelWriter();

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"altloc_blank_backbone", "microheterogeneity", "insertion_altlocs", "anisou_charges",
            "two_models"})
    void unchangedOccupanciesGiveIdenticalBytes(String name) throws Exception {
        Path input = TestFiles.fixture(name + ".cif");
        ModelFile model = reader.read(input);
        Path out = temp.resolve(name + ".cif");

        writer.write(model, model.atoms().occupancies(), out, false);

        assertArrayEquals(Files.readAllBytes(input), Files.readAllBytes(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"altloc_blank_backbone", "microheterogeneity", "insertion_altlocs", "anisou_charges"})
    void newOccupanciesChangeOnlyOccupancyValues(String name) throws Exception {
        Path input = TestFiles.fixture(name + ".cif");
        ModelFile model = reader.read(input);
        double[] occupancies = ModelWriterTest.filled(model.atoms().size(), 0.123456);
        Path out = temp.resolve(name + ".cif");

        writer.write(model, occupancies, out, false);

        List<String> before = Files.readAllLines(input, StandardCharsets.ISO_8859_1);
        List<String> after = Files.readAllLines(out, StandardCharsets.ISO_8859_1);
        assertEquals(before.size(), after.size());
        for (int n = 0; n < before.size(); n++) {
            String expected = before.get(n);
            if (expected.startsWith("ATOM ") || expected.startsWith("HETATM ")) {
                expected = withValue(expected, OCCUPANCY_COLUMN, "0.1235");
            }
            assertEquals(expected, after.get(n), "line " + (n + 1));
        }
        AtomTable reread = reader.read(out).atoms();
        for (int i = 0; i < reread.size(); i++) {
            assertEquals(0.1235, reread.occupancy(i), 0.0, "row " + i);
        }
    }

    @Test
    void missingOccupancyColumnIsAdded() throws Exception {
        String original = Files.readString(TestFiles.fixture("two_models.cif"), StandardCharsets.ISO_8859_1);
        Path input = TestFiles.writeText(temp, "no_occupancy.cif", TestFiles.withoutOccupancyColumn(original));
        ModelFile model = reader.read(input);
        double[] occupancies = ModelWriterTest.filled(model.atoms().size(), 0.25);
        Path out = temp.resolve("with_occupancy.cif");

        writer.write(model, occupancies, out, false);

        ModelFile first = reader.read(out);
        ModelFile second = reader.read(out, ReadOptions.defaults().withModel(2));
        assertEquals(List.of(), first.warnings());
        assertArrayEquals(occupancies, first.atoms().occupancies());
        assertArrayEquals(ModelWriterTest.filled(9, 1.0), second.atoms().occupancies());
        String text = Files.readString(out, StandardCharsets.ISO_8859_1);
        String header = TestFiles.withoutOccupancyColumn(original);
        int loopStart = header.indexOf("_atom_site.group_PDB");
        assertEquals(header.substring(0, loopStart), text.substring(0, loopStart), "text before _atom_site");
    }

    @Test
    void gzipCifIsWrittenAsPlainText() throws Exception {
        Path input = TestFiles.fixture("anisou_charges.cif");
        Path gz = TestFiles.gzip(input, temp.resolve("anisou_charges.cif.gz"));
        ModelFile model = reader.read(gz);
        Path out = temp.resolve("plain.cif");

        writer.write(model, model.atoms().occupancies(), out, false);

        assertArrayEquals(Files.readAllBytes(input), Files.readAllBytes(out));
    }

    private static String withValue(String row, int column, String value) {
        List<String> values = new ArrayList<>(List.of(row.split(" ")));
        values.set(column, value);
        return String.join(" ", values);
    }
}
