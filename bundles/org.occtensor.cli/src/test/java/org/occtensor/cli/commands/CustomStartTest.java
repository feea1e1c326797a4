package org.occtensor.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

/**
 * Custom groups whose atoms start at different occupancies: the tensor starts each group at its mean,
 * but reports and plans still show the model as read.
 */
class CustomStartTest {

    private static final String MODEL = "1bdw/1bdw_refine_001.pdb";
    private static final String DATA = "1bdw/1bdw_refine_001.mtz";

    /** Ties altlocs of Val 8 (0.52/0.48) and Eta 16 (0.45/0.55), so the set starts at their means. */
    private static final String CUSTOM = """
            {
              "groups": [{"name": "acetate 201", "selection": "chain A and resseq 201"}],
              "conformerSets": [{
                "name": "Val 8 with Eta 16", "kind": "complete",
                "members": [
                  {"name": "A", "selection": "chain A and (resseq 8 or resseq 16) and altloc A"},
                  {"name": "B", "selection": "chain A and (resseq 8 or resseq 16) and altloc B"}]
              }]
            }
            """;

    @Test
    void startRFactorsAreTheFiles(@TempDir Path dir) throws Exception {
        Path custom = Files.writeString(dir.resolve("custom.json"), CUSTOM);

        Map<?, ?> plain = refine(dir, "plain");
        Map<?, ?> tied = refine(dir, "tied", "--custom", custom.toString());

        assertEquals(number(plain, "r_work_start"), number(tied, "r_work_start"), 1e-12);
        assertEquals(number(plain, "r_free_start"), number(tied, "r_free_start"), 1e-12);
    }

    @Test
    void groupsJsonShowsFileOccupancy(@TempDir Path dir) throws Exception {
        Path custom = Files.writeString(dir.resolve("custom.json"), CUSTOM);

        CliRunner.Result result = CliRunner.run("groups", CliRunner.sharedData(MODEL).toString(), "--custom",
                custom.toString(), "--json");

        assertEquals(0, result.status(), result.err());
        Map<?, ?> plan = new Gson().fromJson(result.out(), Map.class);
        Map<?, ?> acetate = ((List<?>) plan.get("groups")).stream().map(g -> (Map<?, ?>) g)
                .filter(g -> String.valueOf(g.get("label")).contains("acetate 201")).findFirst().orElseThrow();
        assertEquals(1.0, number(acetate, "occupancy"), 0.0, "refinable, yet shown as read, not clamped");
    }

    private static Map<?, ?> refine(Path dir, String name, String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("refine", CliRunner.sharedData(MODEL).toString(),
                CliRunner.sharedData(DATA).toString(), "--device", "cpu", "--quiet", "--cycles", "1", "--out",
                dir.resolve(name).toString()));
        args.addAll(List.of(extra));
        CliRunner.Result result = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, result.status(), result.err());
        return new Gson().fromJson(Files.readString(dir.resolve(name + "_report.json")), Map.class);
    }

    private static double number(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }
}
