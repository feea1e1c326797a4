package org.occtensor.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occtensor.io.api.ModelFile;
import org.occtensor.io.api.ModelFormat;
import org.occtensor.io.api.ModelReader;
import org.occtensor.io.api.ModelWriter;
import org.occtensor.io.api.ReadOptions;

/** Output files: overwrite rules, no partial files, line endings and format detection by content. */
class ModelWriterTest {

    private final ModelReader reader = new ModelReader();
    private final ModelWriter writer = new ModelWriter();

    @TempDir
    Path temp;

    @Test
    void existingOutputIsKeptWithoutOverwrite() throws Exception {
        ModelFile model = reader.read(TestFiles.fixture("altloc_blank_backbone.pdb"));
        Path out = TestFiles.writeText(temp, "out.pdb", "keep me\n");

        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> writer.write(model, model.atoms().occupancies(), out, false));

        assertEquals(out.toAbsolutePath().toString(), e.getFile());
        assertEquals("keep me\n", Files.readString(out));
        assertEquals(List.of("out.pdb"), fileNames(temp));
    }

    @Test
    void existingOutputIsReplacedWithOverwrite() throws Exception {
        Path input = TestFiles.fixture("altloc_blank_backbone.pdb");
        ModelFile model = reader.read(input);
        Path out = TestFiles.writeText(temp, "out.pdb", "replace me\n");

        writer.write(model, model.atoms().occupancies(), out, true);

        assertArrayEquals(Files.readAllBytes(input), Files.readAllBytes(out));
        assertEquals(List.of("out.pdb"), fileNames(temp));
    }

    @Test
    void invalidOccupanciesWriteNothing() throws Exception {
        ModelFile model = reader.read(TestFiles.fixture("altloc_blank_backbone.pdb"));
        double[] withNaN = model.atoms().occupancies();
        withNaN[3] = Double.NaN;
        Path out = temp.resolve("out.pdb");

        IllegalArgumentException wrongLength = assertThrows(IllegalArgumentException.class,
                () -> writer.write(model, new double[3], out, false));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> writer.write(model, withNaN, out, false));

        assertTrue(wrongLength.getMessage().contains("expected 24 occupancies"), wrongLength.getMessage());
        assertTrue(nan.getMessage().contains("A/ALA 1/O"), nan.getMessage());
        assertEquals(List.of(), fileNames(temp));
    }

    @Test
    void missingFolderWritesNothing() throws Exception {
        ModelFile model = reader.read(TestFiles.fixture("altloc_blank_backbone.pdb"));

        assertThrows(NoSuchFileException.class,
                () -> writer.write(model, model.atoms().occupancies(), temp.resolve("no/such/out.pdb"), false));

        assertEquals(List.of(), fileNames(temp));
    }

    @Test
    void failedMoveLeavesNoTemporaryFile() throws Exception {
        ModelFile model = reader.read(TestFiles.fixture("altloc_blank_backbone.pdb"));
        Path out = Files.createDirectory(temp.resolve("out.pdb"));
        Files.writeString(out.resolve("inside.txt"), "a non-empty folder cannot be replaced by a file");

        assertThrows(IOException.class, () -> writer.write(model, model.atoms().occupancies(), out, true));

        assertEquals(List.of("out.pdb"), fileNames(temp));
        assertTrue(Files.isDirectory(out));
    }

    @Test
    void crlfLineEndingsSurvive() throws Exception {
        String lf = Files.readString(TestFiles.fixture("altloc_blank_backbone.pdb"), StandardCharsets.ISO_8859_1);
        Path input = TestFiles.writeText(temp, "crlf.pdb", lf.replace("\n", "\r\n"));
        ModelFile model = reader.read(input);
        double[] occupancies = model.atoms().occupancies();
        occupancies[6] = 0.5;
        Path same = temp.resolve("same.pdb");
        Path changed = temp.resolve("changed.pdb");

        writer.write(model, model.atoms().occupancies(), same, false);
        writer.write(model, occupancies, changed, false);

        assertArrayEquals(Files.readAllBytes(input), Files.readAllBytes(same));
        String expected = lf.replace("   9.419  1.00 15.00", "   9.419  0.50 15.00").replace("\n", "\r\n");
        assertEquals(expected, Files.readString(changed, StandardCharsets.ISO_8859_1));
    }

    @Test
    void pdbNamedCifStaysPdb() throws Exception {
        Path input = Files.copy(TestFiles.fixture("insertion_altlocs.pdb"), temp.resolve("looks_like.cif"));
        ModelFile model = reader.read(input);
        Path out = temp.resolve("refined.cif");

        writer.write(model, model.atoms().occupancies(), out, false);

        assertEquals(ModelFormat.PDB, ModelReader.detectFormat(input));
        assertEquals(ModelFormat.PDB, model.format());
        assertArrayEquals(Files.readAllBytes(input), Files.readAllBytes(out));
    }

    @Test
    void cifNamedPdbIsDetectedAsCif() throws Exception {
        Path input = Files.copy(TestFiles.fixture("insertion_altlocs.cif"), temp.resolve("looks_like.pdb"));

        assertEquals(ModelFormat.MMCIF, ModelReader.detectFormat(input));
        assertEquals(64, reader.read(input).atoms().size());
    }

    @Test
    void clampedOccupanciesAreWrittenClamped() throws Exception {
        String text = Files.readString(TestFiles.fixture("altloc_blank_backbone.pdb"), StandardCharsets.ISO_8859_1);
        Path input = TestFiles.writeText(temp, "high.pdb", text.replace("   9.419  1.00 15.00", "   9.419  1.20 15.00"));
        ModelFile model = reader.read(input, ReadOptions.defaults().withClampOccupancy(true));
        Path out = temp.resolve("clamped.pdb");

        writer.write(model, model.atoms().occupancies(), out, false);

        assertEquals(text, Files.readString(out, StandardCharsets.ISO_8859_1));
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static double[] filled(int size, double value) {
        double[] values = new double[size];
        Arrays.fill(values, value);
        return values;
    }
}
