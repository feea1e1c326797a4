package org.occtensor.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad options and output paths: exit status 2, a message naming the value, and no output left behind. */
class CommandGuardsTest {

    private static final String MODEL = "1bdw/1bdw_refine_001.pdb";
    private static final String DATA = "1bdw/1bdw_refine_001.mtz";

    @Test
    void outputBlockedByFolderLeavesNothing(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("run_rfactors.png").resolve("sub"));

        CliRunner.Result result = refine(dir, "--out", dir.resolve("run").toString(), "--overwrite");

        assertEquals(2, result.status(), result.err());
        assertTrue(result.err().contains("run_rfactors.png"), result.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("run_rfactors.png")), files.toList(), "no output and no temporary file");
        }
    }

    @Test
    void outFolderGetsDefaultNames(@TempDir Path dir) throws Exception {
        Path existing = Files.createDirectories(dir.resolve("existing"));
        Path fresh = dir.resolve("fresh");

        CliRunner.Result intoExisting = refine(dir, "--out", existing.toString());
        CliRunner.Result intoFresh = refine(dir, "--out", fresh + "/");

        assertEquals(0, intoExisting.status(), intoExisting.err());
        assertTrue(Files.exists(existing.resolve("1bdw_refine_001_occ.pdb")), "written inside the existing folder");
        assertEquals(0, intoFresh.status(), intoFresh.err());
        assertTrue(Files.exists(fresh.resolve("1bdw_refine_001_occ_report.json")), "written inside the new folder");
        assertFalse(Files.exists(dir.resolve("fresh.pdb")), "a trailing slash names a folder, not a prefix");
    }

    @Test
    void zeroIterationsRejected(@TempDir Path dir) throws Exception {
        CliRunner.Result result = refine(dir, "--iterations", "0", "--out", dir.resolve("run").toString());

        assertEquals(2, result.status(), result.err());
        assertTrue(result.err().contains("--iterations must be at least 1, got 0"), result.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void badToleranceNamesTheOption(@TempDir Path dir) throws Exception {
        CliRunner.Result result = refineVerbose(dir, "--tolerance", "2");

        assertEquals(2, result.status(), result.err());
        assertTrue(result.err().contains("--tolerance: tolerance must be in [0, 0.5), got 2.0"), result.err());
        assertFalse(result.err().contains("backend:") || result.out().contains("backend:"),
                "rejected before the run starts: " + result.err());
    }

    @Test
    void unknownStrategyRejectedFirst(@TempDir Path dir) throws Exception {
        CliRunner.Result result = refineVerbose(dir, "--groups", "altloc,nosuch");

        assertEquals(2, result.status(), result.err());
        assertTrue(result.err().contains("--groups: no grouping strategy named 'nosuch'"), result.err());
        assertFalse(result.err().contains("backend:") || result.out().contains("backend:"),
                "rejected before the backend starts: " + result.err());
    }

    @Test
    void outputUnderFileIsRejected(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("model.pdb"), "not a folder");

        CliRunner.Result result = refine(dir, "--out", file.resolve("x").toString());

        assertEquals(2, result.status(), result.err());
        assertTrue(result.err().contains("model.pdb"), result.err());
        assertTrue(result.err().contains("not a folder"), result.err());
        assertFalse(result.err().contains("null"), result.err());
    }

    @Test
    void unknownDeviceIndexIsRejected(@TempDir Path dir) {
        CliRunner.Result result = CliRunner.run("model-vs-data", CliRunner.sharedData(MODEL).toString(),
                CliRunner.sharedData(DATA).toString(), "--device", "opencl:77");

        assertEquals(2, result.status(), result.out());
        assertTrue(result.err().contains("opencl:77"), result.err());
        assertTrue(result.err().contains("no such OpenCL device"), result.err());
    }

    @Test
    void malformedDeviceIsRejected() {
        CliRunner.Result result = CliRunner.run("model-vs-data", CliRunner.sharedData(MODEL).toString(),
                CliRunner.sharedData(DATA).toString(), "--device", "gpu");

        assertEquals(2, result.status(), result.out());
        assertTrue(result.err().contains("--device gpu"), result.err());
    }

    @Test
    void missingCommandPrintsUsage() {
        CliRunner.Result result = CliRunner.run();

        assertEquals(2, result.status());
        assertTrue(result.err().contains("Usage: occtensor"), result.err());
        assertTrue(result.err().contains("--plugins"), result.err());
    }

    @Test
    void occupancyAboveOneNeedsClampFlag(@TempDir Path dir) throws Exception {
        String pdb = Files.readString(CliRunner.sharedData(MODEL));
        int at = pdb.indexOf("\nATOM") + 1;
        String line = pdb.substring(at, pdb.indexOf('\n', at));
        String bad = line.substring(0, 54) + "  1.50" + line.substring(60);
        Path model = Files.writeString(dir.resolve("bad.pdb"), pdb.replace(line, bad));

        CliRunner.Result rejected = CliRunner.run("groups", model.toString());
        assertEquals(2, rejected.status(), rejected.out());
        assertTrue(rejected.err().contains("bad.pdb"), rejected.err());
        assertTrue(rejected.err().contains("1.50"), rejected.err());

        CliRunner.Result clamped = CliRunner.run("groups", model.toString(), "--clamp-occupancies");
        assertEquals(0, clamped.status(), clamped.err());
    }

    @Test
    void missingModelNumberIsRejected(@TempDir Path dir) throws Exception {
        CliRunner.Result result = refine(dir, "--model", "5", "--out", dir.resolve("m5").toString());

        assertEquals(2, result.status(), result.err());
        assertTrue(result.err().contains("1bdw_refine_001.pdb"), result.err());
        assertTrue(result.err().contains("5"), result.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing is written");
        }
    }

    /** Runs refine without --quiet, so that the output shows how far the run got. */
    private static CliRunner.Result refineVerbose(Path dir, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("refine", CliRunner.sharedData(MODEL).toString(),
                CliRunner.sharedData(DATA).toString(), "--device", "cpu", "--out", dir.resolve("run").toString()));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    private static CliRunner.Result refine(Path dir, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("refine", CliRunner.sharedData(MODEL).toString(),
                CliRunner.sharedData(DATA).toString(), "--device", "cpu", "--quiet", "--cycles", "1"));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }
}
