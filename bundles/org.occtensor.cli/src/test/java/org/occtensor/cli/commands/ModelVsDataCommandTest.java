package org.occtensor.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

class ModelVsDataCommandTest {

    @Test
    void jsonHasScoresCountsAndConvention() {
        CliRunner.Result result = CliRunner.run("model-vs-data",
                CliRunner.sharedData("br_lcls/BR_LCLS_refine_8.pdb").toString(),
                CliRunner.sharedData("br_lcls/BR_LCLS_refine_8.mtz").toString(), "--json", "--device", "cpu");

        assertEquals(0, result.status(), result.err());
        Map<?, ?> json = new Gson().fromJson(result.out(), Map.class);
        for (String key : List.of("r_work", "r_free", "n_work", "n_free", "d_min", "d_max", "k_sol", "b_sol",
                "free_flag_convention")) {
            assertTrue(json.containsKey(key), key);
        }
        // cctbx mmtbx.f_model with bulk solvent and anisotropic scaling: 0.1497 / 0.1701.
        assertEquals(0.1497, ((Number) json.get("r_work")).doubleValue(), 0.01);
        assertEquals(0.1701, ((Number) json.get("r_free")).doubleValue(), 0.01);
        assertEquals(38525, ((Number) json.get("n_work")).intValue() + ((Number) json.get("n_free")).intValue());
        assertEquals("test set = 1 (the less frequent of two flag values, 2,002 of 38,525; PHENIX convention)",
                json.get("free_flag_convention"));
    }

    @Test
    void tablePrintsBins() {
        CliRunner.Result result = CliRunner.run("model-vs-data",
                CliRunner.sharedData("1bdw/1bdw_refine_001.pdb").toString(),
                CliRunner.sharedData("1bdw/1bdw_refine_001.mtz").toString(), "--device", "cpu");

        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("space group  P 21 21 21"), result.out());
        assertTrue(result.out().contains("d range"), result.out());
    }

    @Test
    void mismatchedCellIsUserError() {
        CliRunner.Result result = CliRunner.run("model-vs-data",
                CliRunner.sharedData("1bdw/1bdw_refine_001.pdb").toString(),
                CliRunner.sharedData("3k0n/3K0N.mtz").toString(), "--device", "cpu");

        assertEquals(2, result.status(), result.out());
        assertTrue(result.err().contains("cell length a differs by 52.2%"), result.err());
        assertTrue(result.err().contains("model " + CliRunner.sharedData("1bdw/1bdw_refine_001.pdb")), result.err());
        assertTrue(result.err().contains("data " + CliRunner.sharedData("3k0n/3K0N.mtz")), result.err());
    }

    @Test
    void missingDataFileIsNotFound(@TempDir Path dir) {
        Path missing = dir.resolve("missing.mtz");
        CliRunner.Result result = CliRunner.run("model-vs-data",
                CliRunner.sharedData("1bdw/1bdw_refine_001.pdb").toString(), missing.toString(), "--device", "cpu");

        assertEquals(2, result.status(), result.out());
        assertTrue(result.err().contains("error: " + missing + ": file not found"), result.err());
        assertFalse(result.err().contains("NoSuchFileException"), result.err());
    }

    @Test
    void fcalcCreatesFolderAndReadableFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("new").resolve("folder").resolve("fc.mtz");

        CliRunner.Result result = CliRunner.run("fcalc", CliRunner.sharedData("1bdw/1bdw_refine_001.pdb").toString(),
                CliRunner.sharedData("1bdw/1bdw_refine_001.mtz").toString(), "--out", out.toString(), "--device", "cpu");

        assertEquals(0, result.status(), result.err());
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(out)));
        try (java.util.stream.Stream<Path> files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void fcalcWritesReadableMtz(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("fc.mtz");
        CliRunner.Result result = CliRunner.run("fcalc", CliRunner.sharedData("1bdw/1bdw_refine_001.pdb").toString(),
                CliRunner.sharedData("1bdw/1bdw_refine_001.mtz").toString(), "--out", out.toString(), "--device", "cpu");

        assertEquals(0, result.status(), result.err());
        // The MTZ header is plain text at the end of the file: its records name every column and the row count.
        String header = new String(Files.readAllBytes(out), java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String column : List.of("COLUMN H ", "COLUMN FC ", "COLUMN PHIC ", "COLUMN FMODEL ", "COLUMN PHIFMODEL ")) {
            assertTrue(header.contains(column), column);
        }
        assertTrue(header.matches("(?s).*NCOL +7 +3388 .*"), "7 columns and 3388 reflections");

        CliRunner.Result again = CliRunner.run("fcalc", CliRunner.sharedData("1bdw/1bdw_refine_001.pdb").toString(),
                CliRunner.sharedData("1bdw/1bdw_refine_001.mtz").toString(), "--out", out.toString());
        assertEquals(2, again.status(), "an existing output needs --overwrite");
        assertTrue(Files.exists(out));
    }
}
