package org.occtensor.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Faults seen in a PyTorch prototype of this tensor, one test each. */
class PrototypeRegressionTest {

    @Test
    void ungroupedAtomsGetFreshGroupIds() {
        GroupingPlanBuilder b = GroupingPlan.builder(4);
        int claimed = b.addGroup("claimed", 2, 3);
        GroupingPlan plan = b.build();

        assertEquals(0, claimed);
        assertEquals(3, plan.groupCount());
        assertNotEquals(plan.groupOf(0), claimed, "atom 0 must not share the claimed group's parameter");
        assertNotEquals(plan.groupOf(1), claimed);
        assertNotEquals(plan.groupOf(0), plan.groupOf(1));
    }

    @Test
    void completeSetHasNoFlatDirection() {
        GroupingPlanBuilder b = GroupingPlan.builder(3);
        int[] g = {b.addGroup("A", 0), b.addGroup("B", 1), b.addGroup("C", 2)};
        b.addConformerSet(ConformerSet.Kind.COMPLETE, g);
        for (int id : g) {
            b.setRefinable(id, true);
        }
        OccupancyTensor tensor = OccupancyTensor.create(b.build(), new double[] {0.5, 0.3, 0.2});

        assertEquals(2, tensor.parameterCount(), "N conformers need N-1 parameters");
        // Every parameter moves the occupancies: the Jacobian has full column rank.
        double[][] jacobian = new double[3][];
        for (int atom = 0; atom < 3; atom++) {
            double[] seed = new double[3];
            seed[atom] = 1.0;
            jacobian[atom] = tensor.backward64(seed);
        }
        double det = jacobian[0][0] * jacobian[1][1] - jacobian[0][1] * jacobian[1][0];
        assertTrue(Math.abs(det) > 1e-3, "Jacobian minor " + det + " is singular");
    }

    @Test
    void startingValueIsMeanOccupancyNotMeanLogit() {
        GroupingPlanBuilder b = GroupingPlan.builder(2);
        b.setRefinable(b.addGroup("pair", 0, 1), true);
        OccupancyTensor tensor = OccupancyTensor.create(b.build(), new double[] {0.9, 0.5});

        // The mean of the logits would give sigmoid((2.197 + 0) / 2) = 0.75.
        assertEquals(0.7, tensor.groupOccupancy(0), 1e-12);
    }

    @Test
    void conformerSetToSevenTenthsReadsBack() {
        GroupingPlanBuilder b = GroupingPlan.builder(4);
        int a = b.addGroup("A", 0, 1);
        int c = b.addGroup("B", 2, 3);
        b.addConformerSet(ConformerSet.Kind.COMPLETE, a, c);
        b.setRefinable(a, true);
        b.setRefinable(c, true);
        OccupancyTensor tensor = OccupancyTensor.create(b.build(), new double[] {0.5, 0.5, 0.5, 0.5});

        tensor.setGroupOccupancy(c, 0.7);
        assertEquals(0.7, tensor.groupOccupancy(c), 1e-12);
        assertEquals(0.3, tensor.groupOccupancy(a), 1e-12);
        float[] atoms = tensor.forward();
        assertEquals(0.7f, atoms[2], 1e-6f);
    }
}
