package org.occtensor.opencl.internal;

import java.util.SplittableRandom;
import org.occtensor.core.api.ConformerSet;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.api.GroupingPlanBuilder;
import org.occtensor.core.api.OccupancyTensor;
import org.occtensor.core.spi.ComputeBackend;

/**
 * The occupancy tensor of the JMH benchmark at a small size: groups of 8 atoms, a complete two-way
 * conformer set (groups g and g + 1) every 40 groups, 90% of groups refinable, and a fixed
 * per-atom gradient seed. A few parameter vectors are cycled through so that every pass uploads
 * new values.
 */
final class ReplayWorkload {

    static final int ATOMS_PER_GROUP = 8;
    static final int SET_STRIDE = 40;
    static final int PARAMETER_SETS = 4;

    final OccupancyTensor tensor;
    final double[] seed;
    final double[][] parameterSets;

    ReplayWorkload(int atoms, ComputeBackend backend, long randomSeed) {
        SplittableRandom random = new SplittableRandom(randomSeed);
        GroupingPlan plan = plan(atoms, random);
        double[] occupancies = new double[atoms];
        for (int a = 0; a < atoms; a++) {
            occupancies[a] = 0.2 + 0.6 * random.nextDouble();
        }
        this.tensor = OccupancyTensor.builder(plan).occupancies(occupancies).backend(backend).build();
        this.seed = TestData.doubles(atoms, -1.0, 1.0, random);
        double[] start = tensor.parameters();
        this.parameterSets = new double[PARAMETER_SETS][];
        for (int s = 0; s < PARAMETER_SETS; s++) {
            double[] values = start.clone();
            for (int p = 0; p < values.length; p++) {
                values[p] += random.nextDouble(-0.5, 0.5);
            }
            parameterSets[s] = values;
        }
    }

    /** Largest sum of |seed| over one group's atoms: the scale of any parameter gradient's terms. */
    double gradientScale() {
        GroupingPlan plan = tensor.plan();
        double[] sums = new double[plan.groupCount()];
        for (int a = 0; a < seed.length; a++) {
            sums[plan.groupOf(a)] += Math.abs(seed[a]);
        }
        double max = 0.0;
        for (double s : sums) {
            max = Math.max(max, s);
        }
        return max;
    }

    private static GroupingPlan plan(int atoms, SplittableRandom random) {
        int groups = Math.max(1, atoms / ATOMS_PER_GROUP);
        GroupingPlanBuilder builder = GroupingPlan.builder(atoms);
        for (int g = 0; g < groups; g++) {
            int from = g * ATOMS_PER_GROUP;
            int to = g == groups - 1 ? atoms : from + ATOMS_PER_GROUP;
            int[] members = new int[to - from];
            for (int a = from; a < to; a++) {
                members[a - from] = a;
            }
            int id = builder.addGroup("g" + g, members);
            builder.setRefinable(id, random.nextDouble() < 0.9);
        }
        for (int g = 0; g + 1 < groups; g += SET_STRIDE) {
            builder.addConformerSet(ConformerSet.Kind.COMPLETE, g, g + 1);
            builder.setRefinable(g, true);
            builder.setRefinable(g + 1, true);
        }
        return builder.build();
    }
}
