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

class GroupsCommandTest {

    @Test
    void jsonPlanPutsEveryAtomInOneGroup() {
        Path model = CliRunner.sharedData("1bdw/1bdw_refine_001.pdb");
        CliRunner.Result result = CliRunner.run("groups", model.toString(), "--json");

        assertEquals(0, result.status(), result.err());
        Map<?, ?> plan = new Gson().fromJson(result.out(), Map.class);
        int atoms = ((Number) plan.get("atoms")).intValue();
        assertEquals(338, atoms);
        assertEquals(List.of("altloc", "residue"), plan.get("strategies"));
        int[] seen = new int[atoms];
        for (Object entry : (List<?>) plan.get("groups")) {
            for (Object atom : (List<?>) ((Map<?, ?>) entry).get("atoms")) {
                seen[((Number) atom).intValue()]++;
            }
        }
        for (int a = 0; a < atoms; a++) {
            assertEquals(1, seen[a], "atom " + a);
        }
        assertEquals(7, ((List<?>) plan.get("conformerSets")).size());
        for (Object entry : (List<?>) plan.get("groups")) {
            double occupancy = ((Number) ((Map<?, ?>) entry).get("occupancy")).doubleValue();
            assertEquals(Math.round(occupancy * 100) / 100.0, occupancy, 0.0, "the file's two decimals, exactly");
        }
    }

    @Test
    void tableNamesSetsAndCounts() {
        Path model = CliRunner.sharedData("1bdw/1bdw_refine_001.pdb");
        CliRunner.Result result = CliRunner.run("groups", model.toString(), "--link", "none");

        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().startsWith("338 atoms in "), result.out());
        assertTrue(result.out().contains("(complete)"), result.out());
    }

    @Test
    void missingModelIsUserError(@TempDir Path dir) {
        CliRunner.Result result = CliRunner.run("groups", dir.resolve("absent.pdb").toString());

        assertEquals(2, result.status());
        assertTrue(result.err().contains("absent.pdb"), result.err());
    }

    @Test
    void unknownStrategyListsAvailable(@TempDir Path dir) throws Exception {
        Path model = CliRunner.sharedData("1bdw/1bdw_refine_001.pdb");
        CliRunner.Result result = CliRunner.run("groups", model.toString(), "--groups", "altloc,nosuch");

        assertEquals(2, result.status(), result.out() + result.err());
        assertTrue(result.err().contains("nosuch"), result.err());
        assertTrue(result.err().contains("residue"), result.err());
    }

    @Test
    void unknownOptionIsUserError() {
        CliRunner.Result result = CliRunner.run("groups", "model.pdb", "--frobnicate");

        assertEquals(2, result.status());
        assertTrue(result.err().contains("--frobnicate"), result.err());
    }

    @Test
    void customFileErrorNamesFile(@TempDir Path dir) throws Exception {
        Path model = CliRunner.sharedData("1bdw/1bdw_refine_001.pdb");
        Path custom = Files.writeString(dir.resolve("groups.json"), "{\"groups\": [{\"name\": \"x\", \"selection\": \"chain (\"}]}");
        CliRunner.Result result = CliRunner.run("groups", model.toString(), "--custom", custom.toString());

        assertEquals(2, result.status(), result.out() + result.err());
        assertTrue(result.err().contains("groups.json"), result.err());
    }
}
