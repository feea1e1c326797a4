package org.occtensor.grouping.custom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.AtomTable.ResidueKey;
import org.occtensor.core.api.ConformerSet;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.api.GroupingPlanBuilder;
import org.occtensor.core.spi.GroupingException;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.grouping.altloc.internal.AltlocStrategy;
import org.occtensor.grouping.residue.internal.ResidueStrategy;
import org.occtensor.grouping.testsupport.PdbFixture;
import org.occtensor.grouping.testsupport.PlanText;
import org.occtensor.grouping.testsupport.SharedData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every atom of each real model lands in exactly one group, and every altloc atom of a residue with
 * two or more ids lands in a conformer set. The models are read with the test fixture reader,
 * because these bundles must not depend on the BioJava reader. The end-to-end run through that
 * reader belongs to the integration tests.
 */
class RealModelsTest {

    private static final Logger LOG = LoggerFactory.getLogger(RealModelsTest.class);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"1bdw/1bdw_refine_001.pdb", "3k0n/3K0N_refine.pdb", "br_lcls/BR_LCLS_refine_8.pdb"})
    void altlocThenResidueGroupsEveryAtom(String model) throws IOException, GroupingException {
        Path file = SharedData.require(model);
        AtomTable atoms = PdbFixture.read(file);
        assertEquals(countAtomRecords(file), atoms.size());

        GroupingPlanBuilder builder = PlanText.apply(atoms, GroupingOptions.empty(),
                new AltlocStrategy(), new ResidueStrategy());

        assertEveryAtomGrouped(atoms, builder);
        assertConformerSetsHoldAltlocAtoms(atoms, builder.build());
        GroupingPlan plan = builder.build();
        LOG.info("{}: {} atoms, {} groups, {} conformer sets, {} refinable groups", model, atoms.size(),
                plan.groupCount(), plan.conformerSets().size(), countRefinable(plan));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1bdw/1bdw_refine_001.pdb", "3k0n/3K0N_refine.pdb", "br_lcls/BR_LCLS_refine_8.pdb"})
    void customThenAltlocThenResidueGroupsEveryAtom(String model) throws IOException, GroupingException {
        Path file = SharedData.require(model);
        AtomTable atoms = PdbFixture.read(file);
        Path groups = dir.resolve("groups.json");
        Files.writeString(groups, "{\"fixed\": [\"water and altloc ' '\"]}");

        GroupingPlanBuilder builder = PlanText.apply(atoms, GroupingOptions.empty().with("custom", groups.toString()),
                new CustomStrategy(), new AltlocStrategy(), new ResidueStrategy());

        assertEveryAtomGrouped(atoms, builder);
        assertConformerSetsHoldAltlocAtoms(atoms, builder.build());
        for (int a = 0; a < atoms.size(); a++) {
            if (atoms.residueName(a).equals("HOH") && !atoms.hasAltloc(a)) {
                int group = builder.groupOf(a);
                assertEquals(atoms.label(a) + " (fixed)", builder.label(group));
                assertEquals(false, builder.isRefinable(group), atoms.label(a));
            }
        }
    }

    private static void assertEveryAtomGrouped(AtomTable atoms, GroupingPlanBuilder builder) {
        for (int a = 0; a < atoms.size(); a++) {
            assertTrue(builder.isAssigned(a), "no strategy grouped " + atoms.label(a));
        }
    }

    /**
     * Checks that each group of a set contains atoms of one altloc id, that the ids in a set differ,
     * and that the sets contain exactly the altloc atoms of residues with two or more ids.
     */
    private static void assertConformerSetsHoldAltlocAtoms(AtomTable atoms, GroupingPlan plan) {
        int inSets = 0;
        for (ConformerSet set : plan.conformerSets()) {
            Set<Character> idsOfSet = new HashSet<>();
            for (int g : set.groups()) {
                int[] members = plan.atomsOf(g);
                char id = atoms.altloc(members[0]);
                assertTrue(atoms.hasAltloc(members[0]), plan.label(g) + " holds a blank-altloc atom");
                for (int a : members) {
                    assertEquals(id, atoms.altloc(a), plan.label(g) + " mixes altloc ids at " + atoms.label(a));
                }
                assertTrue(idsOfSet.add(id), "altloc " + id + " twice in one set");
                inSets += members.length;
            }
        }

        Map<ResidueKey, Set<Character>> idsOfResidue = new HashMap<>();
        for (int a = 0; a < atoms.size(); a++) {
            if (atoms.hasAltloc(a)) {
                idsOfResidue.computeIfAbsent(atoms.residueKey(a), key -> new HashSet<>()).add(atoms.altloc(a));
            }
        }
        int expected = 0;
        for (int a = 0; a < atoms.size(); a++) {
            if (atoms.hasAltloc(a) && idsOfResidue.get(atoms.residueKey(a)).size() >= 2) {
                expected++;
                assertTrue(plan.setOf(plan.groupOf(a)) >= 0, atoms.label(a) + " is in no conformer set");
            }
        }
        assertEquals(expected, inSets);
    }

    private static long countAtomRecords(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.US_ASCII)) {
            return lines.filter(line -> line.startsWith("ATOM  ") || line.startsWith("HETATM")).count();
        }
    }

    private static long countRefinable(GroupingPlan plan) {
        long count = 0;
        for (int g = 0; g < plan.groupCount(); g++) {
            count += plan.isRefinable(g) ? 1 : 0;
        }
        return count;
    }

}
