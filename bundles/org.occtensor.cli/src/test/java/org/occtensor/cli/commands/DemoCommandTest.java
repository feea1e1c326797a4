package org.occtensor.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

class DemoCommandTest {

    @Test
    void demoRecoversTrueOccupancies(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("demo");
        CliRunner.Result result = CliRunner.run("demo", "--dir", folder.toString(), "--device", "cpu", "--quiet");

        assertEquals(0, result.status(), result.err());
        for (String name : List.of("demo_occ.pdb", "demo_occ_report.json", "demo_occ.log", "demo_occ_occupancies.png",
                "demo_occ_rfactors.png", "demo_true.pdb", "demo_start.pdb", "demo_data.mtz")) {
            assertTrue(Files.size(folder.resolve(name)) > 0, name);
        }
        Map<?, ?> report = new Gson().fromJson(Files.readString(folder.resolve("demo_occ_report.json")), Map.class);
        double rFreeStart = ((Number) report.get("r_free_start")).doubleValue();
        double rFreeFinal = ((Number) report.get("r_free_final")).doubleValue();
        assertTrue(rFreeFinal < rFreeStart, "R-free " + rFreeStart + " -> " + rFreeFinal);

        int rows = 0;
        for (String line : result.out().split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (line.contains("altloc") || line.contains("SO4")) {
                double truth = Double.parseDouble(fields[fields.length - 3]);
                double refined = Double.parseDouble(fields[fields.length - 1]);
                assertEquals(truth, refined, 0.05, line);
                rows++;
            }
        }
        assertEquals(7, rows, result.out());
    }
}
