package org.occtensor.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occtensor.core.api.AtomTable;
import org.occtensor.io.api.ModelFile;
import org.occtensor.io.api.ModelReadException;
import org.occtensor.io.api.ModelReader;
import org.occtensor.io.api.ModelWriter;
import org.occtensor.io.api.ReadOptions;

/** The first model by default, another on request, and writing only the chosen model. */
class ModelSelectionTest {

    private final ModelReader reader = new ModelReader();

    @TempDir
    Path temp;

    @Test
    void firstModelByDefault() throws Exception {
        for (String file : List.of("two_models.pdb", "two_models.cif")) {
            ModelFile model = reader.read(TestFiles.fixture(file));

            assertEquals(1, model.model(), file);
            assertEquals(9, model.atoms().size(), file);
            assertTrue(Arrays.stream(model.atoms().occupancies()).allMatch(o -> o == 1.0), file);
        }
    }

    @Test
    void secondModelOnRequest() throws Exception {
        for (String file : List.of("two_models.pdb", "two_models.cif")) {
            ModelFile model = reader.read(TestFiles.fixture(file), ReadOptions.defaults().withModel(2));
            AtomTable atoms = model.atoms();

            assertEquals(2, model.model(), file);
            assertEquals(9, atoms.size(), file);
            assertEquals(2, atoms.model(0), file);
            assertTrue(Arrays.stream(atoms.occupancies()).allMatch(o -> o == 0.5), file);
        }
    }

    @Test
    void missingModelNamesTheModelsInTheFile() throws Exception {
        Path file = TestFiles.fixture("two_models.pdb");

        ModelReadException e = assertThrows(ModelReadException.class,
                () -> reader.read(file, ReadOptions.defaults().withModel(3)));

        assertEquals("3", e.value());
        assertTrue(e.getMessage().contains("[1, 2]"), e.getMessage());
    }

    @Test
    void atomBeforeFirstModelIsAnError() throws Exception {
        Path fixture = TestFiles.fixture("two_models.pdb");
        List<String> lines = Files.readAllLines(fixture, StandardCharsets.ISO_8859_1);
        String firstAtom = lines.stream().filter(l -> l.startsWith("ATOM  ")).findFirst().orElseThrow();
        lines.add(2, firstAtom.replace(" N   ALA A   1 ", " N   ALA A   0 "));
        Path file = TestFiles.writeText(temp, "atom_outside_models.pdb", String.join("\n", lines) + "\n");

        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(file));

        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("before the first MODEL record"), e.getMessage());
    }

    @Test
    void writingModelTwoLeavesModelOneAlone() throws Exception {
        Path file = TestFiles.fixture("two_models.pdb");
        ModelFile model = reader.read(file, ReadOptions.defaults().withModel(2));
        double[] occupancies = new double[model.atoms().size()];
        Arrays.fill(occupancies, 0.25);
        Path out = temp.resolve("two_models_refined.pdb");

        new ModelWriter().write(model, occupancies, out, false);

        List<String> before = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        List<String> after = Files.readAllLines(out, StandardCharsets.ISO_8859_1);
        int secondModelStart = before.indexOf("MODEL        2");
        for (int n = 0; n < before.size(); n++) {
            boolean atom = before.get(n).startsWith("ATOM  ");
            String expected = atom && n > secondModelStart
                    ? before.get(n).substring(0, 54) + "  0.25" + before.get(n).substring(60)
                    : before.get(n);
            assertEquals(expected, after.get(n), "line " + (n + 1));
        }
        assertTrue(Arrays.stream(reader.read(out).atoms().occupancies()).allMatch(o -> o == 1.0));
    }
}
