package org.occtensor.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

/** {@code refine --target NAME} picks a target provider from the registry by name. */
class RefineTargetTest {

    private static final String MODEL = "1bdw/1bdw_refine_001.pdb";
    private static final String DATA = "1bdw/1bdw_refine_001.mtz";

    @Test
    void leastSquaresRuns(@TempDir Path dir) throws Exception {
        CliRunner.Result result = refine(dir, "ls");

        assertEquals(0, result.status(), result.err());
        Map<?, ?> report = new Gson().fromJson(Files.readString(dir.resolve("run_report.json")), Map.class);
        assertEquals("ls", report.get("target"));
        assertTrue(Files.readString(dir.resolve("run.log")).contains("target: ls (least squares"),
                "the log names the target");
        List<?> cycles = (List<?>) report.get("cycles");
        assertEquals(1, cycles.size());
    }

    @Test
    void unknownTargetListsAvailable(@TempDir Path dir) throws Exception {
        CliRunner.Result result = refine(dir, "nosuch");

        assertEquals(2, result.status(), result.err());
        assertTrue(result.err().contains("no target named 'nosuch'"), result.err());
        assertTrue(result.err().contains("available: ls, ml"), result.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    private static CliRunner.Result refine(Path dir, String target) {
        return CliRunner.run("refine", CliRunner.sharedData(MODEL).toString(), CliRunner.sharedData(DATA).toString(),
                "--target", target, "--device", "cpu", "--quiet", "--cycles", "1", "--iterations", "5", "--out",
                dir.resolve("run").toString());
    }
}
