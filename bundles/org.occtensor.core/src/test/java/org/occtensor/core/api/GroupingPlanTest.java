package org.occtensor.core.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class GroupingPlanTest {

    @Test
    void groupMeansAverageEachGroup() {
        GroupingPlan plan = GroupingPlan.of(new int[] {1, 0, 1, 1}, new String[] {"a", "b"}, List.of(),
                new boolean[] {true, false});

        double[] means = plan.groupMeans(new double[] {0.3, 0.9, 0.6, 0.0});

        assertEquals(0.9, means[0], 1e-15);
        assertEquals(0.3, means[1], 1e-15);
    }

    @Test
    void atomInTwoGroupsNamesBoth() {
        AtomTable atoms = AtomTable.builder("two-groups.pdb")
                .add(Atom.simple("CA", "GLY", "A", 5, 0, 0, 0, "C"))
                .add(Atom.simple("C", "GLY", "A", 5, 1, 0, 0, "C"))
                .build();
        GroupingPlanBuilder b = GroupingPlan.builder(atoms);
        b.addGroup("first", 0, 1);

        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> b.addGroup("second", 1));
        assertTrue(e.getMessage().contains("A/GLY 5/C"), e.getMessage());
        assertTrue(e.getMessage().contains("'first'"), e.getMessage());
        assertTrue(e.getMessage().contains("'second'"), e.getMessage());
        assertEquals(1, b.groupCount(), "the rejected group is not added");
        assertEquals(0, b.groupOf(1), "atom 1 stays in the first group");
    }

    @Test
    void groupTwiceInOneSet() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> GroupingPlan.of(new int[] {0, 1},
                new String[] {"A", "B"}, List.of(new ConformerSet(new int[] {0, 0}, ConformerSet.Kind.COMPLETE)),
                new boolean[2]));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
        assertTrue(e.getMessage().contains("'A'"), e.getMessage());
    }

    @Test
    void groupInTwoSets() {
        List<ConformerSet> sets = List.of(new ConformerSet(new int[] {0, 1}, ConformerSet.Kind.COMPLETE),
                new ConformerSet(new int[] {1, 2}, ConformerSet.Kind.COMPLETE));
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> GroupingPlan.of(new int[] {0, 1, 2},
                new String[] {"A", "B", "C"}, sets, new boolean[3]));
        assertTrue(e.getMessage().contains("group 1 ('B') is in conformer sets 0 and 1"), e.getMessage());
    }

    @Test
    void completeSetNeedsTwoMembers() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> GroupingPlan.of(new int[] {0},
                new String[] {"lonely"}, List.of(new ConformerSet(new int[] {0}, ConformerSet.Kind.COMPLETE)),
                new boolean[1]));
        assertTrue(e.getMessage().contains("at least 2"), e.getMessage());
        assertTrue(e.getMessage().contains("'lonely'"), e.getMessage());
    }

    @Test
    void partialSetNeedsOneMember() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> GroupingPlan.of(new int[] {0},
                new String[] {"A"}, List.of(new ConformerSet(new int[0], ConformerSet.Kind.PARTIAL)), new boolean[1]));
        assertTrue(e.getMessage().contains("at least 1"), e.getMessage());
    }

    @Test
    void groupIdsMustBeDense() {
        InvalidPlanException gap = assertThrows(InvalidPlanException.class, () -> GroupingPlan.of(new int[] {0, 2},
                new String[] {"A", "B", "C"}, List.of(), new boolean[3]));
        assertTrue(gap.getMessage().contains("group 1 has no atoms"), gap.getMessage());

        InvalidPlanException range = assertThrows(InvalidPlanException.class, () -> GroupingPlan.of(new int[] {0, 5},
                new String[] {"A", "B"}, List.of(), new boolean[2]));
        assertTrue(range.getMessage().contains("atom 1 has group id 5"), range.getMessage());
    }

    @Test
    void validPlanExposesGroupsAndSets() {
        GroupingPlan plan = TensorFixtures.mixedPlan();

        assertArrayEquals(new int[] {3, 4}, plan.atomsOf(1));
        assertEquals(0, plan.setOf(1));
        assertEquals(1, plan.setOf(3));
        assertEquals(-1, plan.setOf(0));
        assertEquals("#11", plan.label(5), "an unclaimed atom is labelled by its index");
    }
}
