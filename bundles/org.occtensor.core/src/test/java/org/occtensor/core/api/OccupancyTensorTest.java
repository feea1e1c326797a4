package org.occtensor.core.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class OccupancyTensorTest {

    @Test
    void creationWithoutSharing() {
        GroupingPlanBuilder b = GroupingPlan.builder(4);
        for (int a = 0; a < 4; a++) {
            b.setRefinable(b.addGroup("atom " + a, a), true);
        }
        OccupancyTensor tensor = OccupancyTensor.create(b.build(), new double[] {0.1, 0.5, 0.9, 0.3});

        assertEquals(4, tensor.atomCount());
        assertEquals(4, tensor.groupCount());
        assertEquals(4, tensor.parameterCount());
        assertArrayEquals(new double[] {0.1, 0.5, 0.9, 0.3}, tensor.forward64(), 1e-12);
    }

    @Test
    void creationWithSharingCollapsesStorage() {
        OccupancyTensor tensor = OccupancyTensor.create(TensorFixtures.mixedPlan(), TensorFixtures.mixedOccupancies());

        assertEquals(12, tensor.atomCount());
        assertEquals(6, tensor.groupCount());
        // shared, set B (A is the reference), ligand
        assertEquals(3, tensor.parameterCount());
        assertEquals(4, tensor.refinableGroupCount());
        assertEquals(2, tensor.fixedGroupCount());
        assertEquals(9, tensor.refinableAtomCount());
        assertEquals(3, tensor.fixedAtomCount());
    }

    @Test
    void expansionIndexMapsEveryAtomToItsGroup() {
        GroupingPlan plan = TensorFixtures.mixedPlan();
        OccupancyTensor tensor = OccupancyTensor.create(plan, TensorFixtures.mixedOccupancies());
        double[] groups = tensor.groupOccupancies();
        double[] atoms = tensor.forward64();

        for (int a = 0; a < atoms.length; a++) {
            assertEquals(groups[plan.groupOf(a)], atoms[a], 0.0, "atom " + a);
        }
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5}, plan.groupOfAtom());
    }

    @Test
    void groupCountEqualsDistinctGroups() {
        GroupingPlan plan = TensorFixtures.mixedPlan();
        long distinct = Arrays.stream(plan.groupOfAtom()).distinct().count();

        assertEquals(distinct, OccupancyTensor.create(plan, TensorFixtures.mixedOccupancies()).groupCount());
    }

    @Test
    void startingValuesReproduceFileOccupancies() {
        OccupancyTensor tensor = OccupancyTensor.create(TensorFixtures.mixedPlan(), TensorFixtures.mixedOccupancies());

        assertArrayEquals(TensorFixtures.mixedOccupancies(), tensor.forward64(), 1e-9);
        float[] single = tensor.forward();
        for (int a = 0; a < single.length; a++) {
            assertEquals(TensorFixtures.mixedOccupancies()[a], single[a], 1e-6);
        }
    }

    @Test
    void refinableMaskFollowsPlanAndFreezing() {
        OccupancyTensor tensor = OccupancyTensor.create(TensorFixtures.mixedPlan(), TensorFixtures.mixedOccupancies());
        assertArrayEquals(new boolean[] {true, true, true, true, false, false}, tensor.refinableMask());

        boolean[] atomMask = new boolean[12];
        atomMask[1] = true;
        tensor.freeze(atomMask);
        assertTrue(tensor.isFrozen(0), "a group freezes when any of its atoms is marked");
        assertEquals(2, tensor.parameterCount());

        tensor.unfreezeGroups(0, 4);
        assertFalse(tensor.isFrozen(4));
        assertEquals(4, tensor.parameterCount());

        tensor.freezeAll();
        assertEquals(0, tensor.parameterCount());
        tensor.unfreezeAll();
        assertEquals(5, tensor.parameterCount());
        // Refinable groups are kept within [1e-6, 1 - 1e-6], so the unfrozen groups at 1.0 move by 1e-6.
        assertArrayEquals(TensorFixtures.mixedOccupancies(), tensor.forward64(), 1.5e-6, "freezing keeps values");
    }

    @Test
    void occupanciesStayInBoundsForExtremeParameters() {
        OccupancyTensor tensor = OccupancyTensor.create(TensorFixtures.mixedPlan(), TensorFixtures.mixedOccupancies());
        double[] p = new double[tensor.parameterCount()];
        for (double value : new double[] {-80, -5, 0, 5, 80}) {
            Arrays.fill(p, value);
            tensor.setParameters(p);
            double[] q = tensor.groupOccupancies();
            for (double v : q) {
                assertTrue(v >= 0.0, "occupancy " + v + " at parameter " + value);
                assertTrue(v <= 1.0, "occupancy " + v + " at parameter " + value);
            }
            assertEquals(1.0, q[1] + q[2], 1e-12, "complete set sums to 1");
            assertTrue(q[3] <= 1.0, "partial set at most 1");
        }
    }

    @Test
    void groupGetAndSetOutsideSets() {
        OccupancyTensor tensor = OccupancyTensor.create(TensorFixtures.mixedPlan(), TensorFixtures.mixedOccupancies());

        tensor.setGroupOccupancy(0, 0.25);
        assertEquals(0.25, tensor.groupOccupancy(0), 1e-12);
        tensor.setGroupOccupancy(4, 0.0);
        assertEquals(0.0, tensor.groupOccupancy(4), 0.0, "a frozen group takes exact values");
        assertThrows(InvalidOccupancyException.class, () -> tensor.setGroupOccupancy(0, 1.5));
        assertThrows(InvalidOccupancyException.class, () -> tensor.setGroupOccupancy(0, Double.NaN));
        assertThrows(IndexOutOfBoundsException.class, () -> tensor.setGroupOccupancy(6, 0.5));
    }

    @Test
    void setMemberRescalesPartnersWithinSet() {
        GroupingPlanBuilder b = GroupingPlan.builder(3);
        int a = b.addGroup("A", 0);
        int bb = b.addGroup("B", 1);
        int c = b.addGroup("C", 2);
        b.addConformerSet(ConformerSet.Kind.COMPLETE, a, bb, c);
        for (int g : new int[] {a, bb, c}) {
            b.setRefinable(g, true);
        }
        OccupancyTensor tensor = OccupancyTensor.create(b.build(), new double[] {0.5, 0.3, 0.2});

        tensor.setGroupOccupancy(c, 0.6);
        double[] q = tensor.groupOccupancies();
        assertEquals(0.6, q[c], 1e-12);
        assertEquals(0.25, q[a], 1e-12, "A keeps its share of the rest: 0.4 * 0.5 / 0.8");
        assertEquals(0.15, q[bb], 1e-12);
    }

    @Test
    void setMemberRejectsValueThatBreaksSumRule() {
        GroupingPlanBuilder b = GroupingPlan.builder(2);
        int a = b.addGroup("A", 0);
        int bb = b.addGroup("B", 1);
        b.addConformerSet(ConformerSet.Kind.COMPLETE, a, bb);
        b.setRefinable(a, true);
        b.setRefinable(bb, true);
        OccupancyTensor tensor = OccupancyTensor.create(b.build(), new double[] {0.5, 0.5});
        tensor.freezeGroups(bb);

        InvalidOccupancyException e = assertThrows(InvalidOccupancyException.class,
                () -> tensor.setGroupOccupancy(a, 0.7));
        assertTrue(e.getMessage().contains("'A'"), e.getMessage());
        assertEquals(0.5, tensor.groupOccupancy(a), 1e-12, "a rejected value changes nothing");
    }

    @Test
    void invalidStartingOccupanciesNameAtomAndValue() {
        GroupingPlan plan = TensorFixtures.mixedPlan();
        double[] bad = TensorFixtures.mixedOccupancies();
        bad[7] = Double.NaN;
        InvalidOccupancyException nan = assertThrows(InvalidOccupancyException.class,
                () -> OccupancyTensor.create(plan, bad));
        assertTrue(nan.getMessage().contains("atom 7"), nan.getMessage());
        assertTrue(nan.getMessage().contains("NaN"), nan.getMessage());

        bad[7] = -0.1;
        assertThrows(InvalidOccupancyException.class, () -> OccupancyTensor.create(plan, bad));
        bad[7] = 1.2;
        InvalidOccupancyException above = assertThrows(InvalidOccupancyException.class,
                () -> OccupancyTensor.create(plan, bad));
        assertTrue(above.getMessage().contains("1.2"), above.getMessage());

        InvalidOccupancyException length = assertThrows(InvalidOccupancyException.class,
                () -> OccupancyTensor.create(plan, new double[3]));
        assertTrue(length.getMessage().contains("12"), length.getMessage());
        assertTrue(length.getMessage().contains("3"), length.getMessage());
    }

    @Test
    void setAboveOneIsRenormalisedWithWarning() {
        GroupingPlanBuilder b = GroupingPlan.builder(4);
        int[] groups = new int[4];
        for (int i = 0; i < 4; i++) {
            groups[i] = b.addGroup("conformer " + (char) ('A' + i), i);
            b.setRefinable(groups[i], true);
        }
        b.addConformerSet(ConformerSet.Kind.PARTIAL, groups);
        OccupancyTensor tensor = OccupancyTensor.create(b.build(), new double[] {0.5, 0.5, 0.5, 0.5});

        double[] q = tensor.groupOccupancies();
        assertEquals(1.0, Arrays.stream(q).sum(), 1e-5);
        assertEquals(0.25, q[0], 1e-5);
        assertEquals(1, tensor.warnings().size());
        assertTrue(tensor.warnings().get(0).contains("conformer A"), tensor.warnings().get(0));
    }

    @Test
    void copyIsDetached() {
        OccupancyTensor tensor = OccupancyTensor.create(TensorFixtures.mixedPlan(), TensorFixtures.mixedOccupancies());
        OccupancyTensor copy = tensor.copy();

        copy.setGroupOccupancy(0, 0.1);
        copy.freezeGroups(0);
        assertEquals(0.8, tensor.groupOccupancy(0), 1e-12);
        assertFalse(tensor.isFrozen(0));
    }

    @Test
    void summaryNamesCounts() {
        String summary = OccupancyTensor.create(TensorFixtures.mixedPlan(), TensorFixtures.mixedOccupancies()).summary();

        assertTrue(summary.startsWith("12 atoms, 6 groups (4 refinable with 9 atoms, 2 fixed with 3 atoms)"), summary);
        assertTrue(summary.contains("2 conformer sets"), summary);
        assertTrue(summary.contains("compression 2.00"), summary);
    }

    @Test
    void identityParameterisationClampsToBounds() {
        OccupancyTensor tensor = OccupancyTensor.builder(TensorFixtures.mixedPlan())
                .occupancies(TensorFixtures.mixedOccupancies())
                .parameterisation(Parameterisation.identity(0.0, 1.0))
                .build();
        assertArrayEquals(TensorFixtures.mixedOccupancies(), tensor.forward64(), 1e-9);

        double[] p = tensor.parameters();
        int shared = indexOf(tensor.parameterGroups(), 0);
        p[shared] = 1.7;
        tensor.setParameters(p);
        assertEquals(1.0, tensor.groupOccupancy(0), 0.0);
    }

    static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        throw new AssertionError(value + " not in " + Arrays.toString(values));
    }
}
