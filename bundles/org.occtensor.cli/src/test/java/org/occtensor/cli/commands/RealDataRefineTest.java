package org.occtensor.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.occtensor.io.api.ModelReader;

import com.google.gson.Gson;

/** {@code refine} with default options on every real dataset, checked as a crystallographer would. */
class RealDataRefineTest {

    /** Largest rise of R-free that a refinement with default options may cause. */
    private static final double R_FREE_SLACK = 0.002;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "1bdw, 1bdw/1bdw_refine_001.pdb, 1bdw/1bdw_refine_001.mtz",
        "1bdw-mmcif-data, 1bdw/1bdw_refine_001.pdb, 1bdw/fobs-sf.cif",
        "3k0n, 3k0n/3K0N_refine.pdb, 3k0n/3K0N.mtz",
        "br_lcls, br_lcls/BR_LCLS_refine_8.pdb, br_lcls/BR_LCLS_refine_8.mtz",
    })
    void refineKeepsConstraintsAndRFree(String name, String model, String data, @TempDir Path dir) throws Exception {
        Path prefix = dir.resolve(name);
        CliRunner.Result result = CliRunner.run("refine", CliRunner.sharedData(model).toString(),
                CliRunner.sharedData(data).toString(), "--device", "cpu", "--quiet", "--out", prefix.toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("R-work"), result.out());
        assertTrue(result.out().contains("R-free"), result.out());

        for (String suffix : List.of(".pdb", "_report.json", ".log", "_occupancies.png", "_rfactors.png")) {
            Path file = dir.resolve(name + suffix);
            assertTrue(Files.size(file) > 0, file + " is written");
        }
        Map<?, ?> report = new Gson().fromJson(Files.readString(dir.resolve(name + "_report.json")), Map.class);
        double rFreeStart = number(report, "r_free_start");
        double rFreeFinal = number(report, "r_free_final");
        assertTrue(rFreeFinal <= rFreeStart + R_FREE_SLACK, "R-free " + rFreeStart + " -> " + rFreeFinal);
        assertEquals("cpu", report.get("backend"));

        List<?> groups = (List<?>) report.get("groups");
        double[] finalOccupancy = new double[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            finalOccupancy[g] = number((Map<?, ?>) groups.get(g), "occupancy_final");
            double start = number((Map<?, ?>) groups.get(g), "occupancy_start");
            assertEquals(Math.round(start * 100) / 100.0, start, 0.0, "group " + g + " starts at the file's value");
            assertTrue(finalOccupancy[g] >= 0.0, "group " + g + ": " + finalOccupancy[g]);
            assertTrue(finalOccupancy[g] <= 1.0, "group " + g + ": " + finalOccupancy[g]);
        }
        for (Object entry : (List<?>) report.get("conformer_sets")) {
            Map<?, ?> set = (Map<?, ?>) entry;
            double sum = 0.0;
            for (Object id : (List<?>) set.get("groups")) {
                sum += finalOccupancy[((Number) id).intValue()];
            }
            if ("complete".equals(set.get("kind"))) {
                assertEquals(1.0, sum, 0.005, "complete set " + set);
            } else {
                assertTrue(sum <= 1.0 + 1e-9, "partial set " + set + " sums to " + sum);
            }
        }

        double[] written = new ModelReader().read(dir.resolve(name + ".pdb")).atoms().occupancies();
        double[] original = new ModelReader().read(CliRunner.sharedData(model)).atoms().occupancies();
        assertEquals(original.length, written.length, "the refined model keeps every atom");
    }

    private static double number(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }
}
