package org.occtensor.refine.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.occtensor.core.api.ConformerSet;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.api.OccupancyTensor;

/** Refinable groups start at least {@link StartAwayFromBounds#MARGIN} from 0 and 1, and nothing else moves. */
class StartAwayFromBoundsTest {

    private static final double MARGIN = StartAwayFromBounds.MARGIN;

    /**
     * Builds a tensor with one atom per group. Groups 0 and 1 are free at 1.0 and 0.0, group 2 is frozen
     * at 1.0, and group 7 is free at 0.4. Groups 3 and 4 form a complete set at 1.0/0.0, and groups 5
     * and 6 another at 0.0/1.0 with group 6 frozen.
     */
    private static OccupancyTensor tensor() {
        GroupingPlan plan = GroupingPlan.of(new int[] {0, 1, 2, 3, 4, 5, 6, 7},
                new String[] {"full", "empty", "frozen", "setA", "setB", "lockedA", "lockedB", "middle"},
                List.of(new ConformerSet(new int[] {3, 4}, ConformerSet.Kind.COMPLETE),
                        new ConformerSet(new int[] {5, 6}, ConformerSet.Kind.COMPLETE)),
                new boolean[] {true, true, false, true, true, true, false, true});
        return OccupancyTensor.create(plan, new double[] {1.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.4});
    }

    @Test
    void freeGroupsMoveInside() {
        OccupancyTensor tensor = tensor();

        StartAwayFromBounds.apply(tensor);

        assertEquals(1 - MARGIN, tensor.groupOccupancy(0), 1e-9);
        assertEquals(MARGIN, tensor.groupOccupancy(1), 1e-9);
    }

    @Test
    void setMemberRaisedAndPartnerRescaled() {
        OccupancyTensor tensor = tensor();

        StartAwayFromBounds.apply(tensor);

        assertEquals(1 - MARGIN, tensor.groupOccupancy(3), 1e-9);
        assertEquals(MARGIN, tensor.groupOccupancy(4), 1e-9);
    }

    @Test
    void frozenAndInnerGroupsKeepValues() {
        OccupancyTensor tensor = tensor();

        List<String> moved = StartAwayFromBounds.apply(tensor);

        assertEquals(1.0, tensor.groupOccupancy(2), 1e-12);
        assertEquals(1.0, tensor.groupOccupancy(6), 1e-12);
        assertEquals(0.4, tensor.groupOccupancy(7), 1e-12);
        assertEquals(List.of("full 1.000 -> 0.990", "empty 0.000 -> 0.010", "setB 0.000 -> 0.010"), moved);
    }
}
