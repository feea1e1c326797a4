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
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.ConformerSet;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.grouping.custom.api.AtomSelection;
import org.occtensor.io.api.ModelReader;
import org.occtensor.refine.api.GroupingEngine;
import org.occtensor.refine.api.PluginRegistry;

import com.google.gson.Gson;

/**
 * {@code refine --refine SELECTION}: groups with a selected atom refine with the rest of their conformer sets,
 * and every other group keeps its occupancy.
 */
class RefineSelectionTest {

    private static final String MODEL = "1bdw/1bdw_refine_001.pdb";
    private static final String DATA = "1bdw/1bdw_refine_001.mtz";
    @Test
    void altlocSelectionRefinesWholeSets(@TempDir Path dir) throws Exception {
        // Chain A has three altloc pairs. Selecting altloc A also refines each B, because a complete set
        // gives a lone member no freedom.
        List<Map<?, ?>> groups = refineAndCheck(dir, "chain A and altloc A");

        assertEquals(6, groups.stream().filter(g -> Boolean.TRUE.equals(g.get("refinable"))).count());
        long moved = groups.stream().filter(g -> Boolean.TRUE.equals(g.get("refinable")))
                .filter(g -> Math.abs(number(g, "occupancy_final") - number(g, "occupancy_start")) > 0.005).count();
        assertTrue(moved >= 2, moved + " selected groups moved by more than 0.005");
    }

    @Test
    void selectedConformerSetsMove(@TempDir Path dir) throws Exception {
        List<Map<?, ?>> groups = refineAndCheck(dir, "chain A and resseq 1:8");

        long moved = groups.stream().filter(g -> Boolean.TRUE.equals(g.get("refinable")))
                .filter(g -> Math.abs(number(g, "occupancy_final") - number(g, "occupancy_start")) > 0.01).count();
        assertTrue(moved >= 2, moved + " selected groups moved by more than 0.01");
    }

    /**
     * Refines with {@code selection} and checks that the groups with a selected atom and the other members
     * of their conformer sets, and only those, are refinable, and that every other group ends where it
     * started.
     */
    private static List<Map<?, ?>> refineAndCheck(Path dir, String selection) throws Exception {
        Path model = CliRunner.sharedData(MODEL);
        CliRunner.Result result = CliRunner.run("refine", model.toString(), CliRunner.sharedData(DATA).toString(),
                "--refine", selection, "--device", "cpu", "--quiet", "--cycles", "1", "--out",
                dir.resolve("run").toString());
        assertEquals(0, result.status(), result.err());

        boolean[] expected = groupsWithSelectedAtoms(model, selection);
        Map<?, ?> report = new Gson().fromJson(Files.readString(dir.resolve("run_report.json")), Map.class);
        List<Map<?, ?>> groups = ((List<?>) report.get("groups")).stream()
                .<Map<?, ?>>map(g -> (Map<?, ?>) g)
                .toList();
        assertEquals(expected.length, groups.size(), "the report lists every group of the default plan");
        int refinable = 0;
        for (int g = 0; g < groups.size(); g++) {
            Map<?, ?> group = groups.get(g);
            assertEquals(expected[g], group.get("refinable"), "group " + g + " " + group.get("label"));
            if (expected[g]) {
                refinable++;
            } else {
                assertEquals(number(group, "occupancy_start"), number(group, "occupancy_final"), 1e-12,
                        "frozen group " + g + " " + group.get("label"));
            }
        }
        assertTrue(refinable > 0, "no group is refinable");
        assertTrue(refinable < groups.size(), "every group is refinable");
        return groups;
    }

    @Test
    void invalidSelectionNamesTheColumn(@TempDir Path dir) throws Exception {
        CliRunner.Result result = refine(dir, "chain A and and altloc A");

        assertEquals(2, result.status(), result.err());
        assertTrue(result.err().contains("column 13"), result.err());
        assertNothingWritten(dir);
    }

    @Test
    void selectionMatchingNoAtomIsNamed(@TempDir Path dir) throws Exception {
        CliRunner.Result result = refine(dir, "chain Q");

        assertEquals(2, result.status(), result.err());
        assertTrue(result.err().contains("\"chain Q\""), result.err());
        assertTrue(result.err().contains("matches no atom"), result.err());
        assertNothingWritten(dir);
    }

    private static CliRunner.Result refine(Path dir, String selection) {
        return CliRunner.run("refine", CliRunner.sharedData(MODEL).toString(), CliRunner.sharedData(DATA).toString(),
                "--refine", selection, "--device", "cpu", "--quiet", "--out", dir.resolve("run").toString());
    }

    /**
     * Builds the default plan (altloc,residue) apart from the run and flags the groups the selection touches,
     * with every member of a touched conformer set.
     */
    private static boolean[] groupsWithSelectedAtoms(Path model, String selection) throws Exception {
        AtomTable atoms = new ModelReader().read(model).atoms();
        PluginRegistry registry = PluginRegistry.fromServiceLoader(RefineSelectionTest.class.getClassLoader());
        GroupingPlan plan = GroupingEngine.of(registry)
                .plan(atoms, List.of("altloc", "residue"), GroupingOptions.empty());
        boolean[] selected = AtomSelection.parse(selection).select(atoms);
        boolean[] groups = new boolean[plan.groupCount()];
        for (int a = 0; a < selected.length; a++) {
            if (selected[a]) {
                groups[plan.groupOf(a)] = true;
            }
        }
        for (ConformerSet set : plan.conformerSets()) {
            boolean touched = false;
            for (int g : set.groups()) {
                touched |= groups[g];
            }
            for (int g : set.groups()) {
                groups[g] |= touched;
            }
        }
        return groups;
    }

    private static void assertNothingWritten(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    private static double number(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }
}
