package org.occtensor.grouping.custom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlanBuilder;
import org.occtensor.core.spi.GroupingException;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.core.spi.GroupingStrategy;
import org.occtensor.grouping.altloc.internal.AltlocStrategy;
import org.occtensor.grouping.testsupport.PdbFixture;
import org.occtensor.grouping.testsupport.PlanText;

class CustomStrategyTest {

    private static final AtomTable ATOMS = PdbFixture.parse("custom-fixture", """
            ATOM      1  N   TYR A  30       0.000   0.000   0.000  1.00 20.00           N
            ATOM      2  CA  TYR A  30       1.460   0.000   0.000  1.00 20.00           C
            ATOM      3  CB ATYR A  30       1.460   1.500   0.600  0.60 20.00           C
            ATOM      4  CB BTYR A  30       1.460   1.500   1.200  0.40 20.00           C
            HETATM    5  C1  LIG A 452      31.860   1.500   0.000  0.80 20.00           C
            HETATM    6  C2  LIG A 452      31.860   3.000   0.000  0.60 20.00           C
            HETATM    7  O   HOH B 401      51.900  -1.200   0.000  0.70 20.00           O
            HETATM    8  O   HOH B 402      59.500  -1.200   0.000  1.00 20.00           O
            """);

    @TempDir
    Path dir;

    private GroupingOptions options(String json) throws IOException {
        Path file = dir.resolve("groups.json");
        Files.writeString(file, json);
        return GroupingOptions.empty().with("custom", file.toString());
    }

    private String fileName() {
        return dir.resolve("groups.json").toString();
    }

    @Test
    void groupsSetsAndFixedAtoms() throws Exception {
        GroupingOptions options = options("""
                {"groups": [{"name": "ligand", "selection": "resname LIG"},
                            {"name": "water 402", "selection": "resseq 402", "refinable": false}],
                 "conformerSets": [{"kind": "complete", "members": ["resseq 30 and altloc A",
                                                                    {"name": "Tyr B", "selection": "resseq 30 and altloc B"}]}],
                 "fixed": ["resseq 401 or name CA"]}
                """);

        GroupingPlanBuilder plan = PlanText.apply(ATOMS, options, new CustomStrategy());

        assertEquals(List.of(
                "ligand [5, 6] refinable",
                "water 402 [8] fixed",
                "resseq 30 and altloc A [3] refinable",
                "Tyr B [4] refinable",
                "A/TYR 30/CA (fixed) [2] fixed",
                "B/HOH 401/O (fixed) [7] fixed",
                "ungrouped [1]"), PlanText.groups(plan, ATOMS));
        assertEquals(List.of("complete: resseq 30 and altloc A, Tyr B"), PlanText.sets(plan));
        assertEquals(List.of("custom"), plan.build().strategies());
        assertEquals(List.of("groups[0] \"ligand\" (resname LIG): its atoms start at occupancies from 0.60 to 0.80; "
                + "the group starts at their mean 0.70"), plan.warnings());
    }

    @Test
    void emptySelectionIsError() throws Exception {
        GroupingOptions options = options("""
                {"groups": [{"name": "ligand", "selection": "resname LIG"}], "fixed": ["chain Z"]}
                """);

        GroupingException e = assertThrows(GroupingException.class,
                () -> PlanText.apply(ATOMS, options, new CustomStrategy()));

        assertEquals("custom group file " + fileName() + ": fixed[0] (chain Z) selects no atoms of custom-fixture",
                e.getMessage());
    }

    @Test
    void atomSelectedTwiceIsError() throws Exception {
        GroupingOptions options = options("""
                {"groups": [{"name": "protein", "selection": "chain A"}],
                 "conformerSets": [{"kind": "partial", "members": ["resname LIG"]}]}
                """);

        GroupingException e = assertThrows(GroupingException.class,
                () -> PlanText.apply(ATOMS, options, new CustomStrategy()));

        assertEquals("custom group file " + fileName() + ": atom #4 (A/LIG 452/C1) is selected by both "
                + "groups[0] \"protein\" (chain A) and conformerSets[0].members[0] (resname LIG) (2 atoms in common); "
                + "an atom can be in one group only", e.getMessage());
    }

    @Test
    void completeSetWithLowSumWarns() throws Exception {
        GroupingOptions options = options("""
                {"conformerSets": [{"name": "ligand vs water", "kind": "complete",
                                    "members": ["resname LIG", "resseq 401"]}]}
                """);

        GroupingPlanBuilder plan = PlanText.apply(ATOMS, options, new CustomStrategy());

        assertEquals(List.of("complete: resname LIG, resseq 401"), PlanText.sets(plan));
        assertEquals(List.of(
                "conformerSets[0].members[0] (resname LIG): its atoms start at occupancies from 0.60 to 0.80; "
                        + "the group starts at their mean 0.70",
                "conformer set conformerSets[0] \"ligand vs water\": its members start at occupancies summing to "
                        + "1.40, above 1; the occupancy tensor renormalises them to sum to 1"), plan.warnings());
    }

    @Test
    void atomsGroupedEarlierStayWithWarning() throws Exception {
        GroupingOptions options = options("""
                {"groups": [{"name": "Tyr 30", "selection": "resseq 30"}]}
                """);

        GroupingPlanBuilder plan = PlanText.apply(ATOMS, options, new AltlocStrategy(), new CustomStrategy());

        assertEquals(List.of(
                "A/TYR 30 altloc A [3] refinable",
                "A/TYR 30 altloc B [4] refinable",
                "Tyr 30 [1, 2] refinable",
                "ungrouped [5, 6, 7, 8]"), PlanText.groups(plan, ATOMS));
        assertEquals(List.of("groups[0] \"Tyr 30\" (resseq 30): 2 of 4 selected atoms were already grouped by an "
                + "earlier strategy and stay in their groups"), plan.warnings());
    }

    @Test
    void selectionOfOnlyGroupedAtomsIsError() throws Exception {
        GroupingOptions options = options("""
                {"groups": [{"name": "Tyr 30 A", "selection": "resseq 30 and altloc A"}]}
                """);

        GroupingException e = assertThrows(GroupingException.class,
                () -> PlanText.apply(ATOMS, options, new AltlocStrategy(), new CustomStrategy()));

        assertEquals("custom group file " + fileName() + ": groups[0] \"Tyr 30 A\" (resseq 30 and altloc A) selects "
                + "only atoms that an earlier strategy already grouped (first: A/TYR 30/CB altloc A in "
                + "'A/TYR 30 altloc A'); run custom first", e.getMessage());
    }

    @Test
    void missingOptionIsError() {
        GroupingException e = assertThrows(GroupingException.class,
                () -> PlanText.apply(ATOMS, GroupingOptions.empty(), new CustomStrategy()));

        assertEquals("strategy custom needs the option custom=FILE naming a JSON group file", e.getMessage());
    }

    @Test
    void missingFileIsError() {
        GroupingOptions options = GroupingOptions.empty().with("custom", dir.resolve("absent.json").toString());

        GroupingException e = assertThrows(GroupingException.class,
                () -> PlanText.apply(ATOMS, options, new CustomStrategy()));

        assertEquals("custom group file " + dir.resolve("absent.json") + " not found", e.getMessage());
    }

    @Test
    void serviceLoaderFindsStrategy() {
        List<String> names = ServiceLoader.load(GroupingStrategy.class).stream()
                .map(provider -> provider.get().name()).toList();

        assertTrue(names.contains("custom"), names.toString());
    }
}
