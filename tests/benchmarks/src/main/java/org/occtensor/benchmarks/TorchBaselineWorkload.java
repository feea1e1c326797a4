package org.occtensor.benchmarks;

import java.util.Random;

import org.occtensor.core.api.ConformerSet;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.api.GroupingPlanBuilder;

/**
 * The workload of the PyTorch baseline script: groups of 8 atoms, a two-way complete conformer set
 * (groups g and g + 1) every 40 groups, 90% of groups refinable, per-atom weights from a Gaussian.
 * Random draws use java.util.Random with a fixed seed, so values differ from torch's but follow the
 * same distributions.
 */
final class TorchBaselineWorkload {

    static final int ATOMS_PER_GROUP = 8;
    static final int SET_STRIDE = 40;
    static final double REFINABLE_FRACTION = 0.9;

    final GroupingPlan plan;
    final double[] occupancies;
    final float[] weights;

    TorchBaselineWorkload(int atoms, long seed) {
        Random random = new Random(seed);
        int groups = Math.max(1, atoms / ATOMS_PER_GROUP);
        GroupingPlanBuilder builder = GroupingPlan.builder(atoms);
        int[] members = new int[ATOMS_PER_GROUP];
        for (int g = 0; g < groups; g++) {
            int from = g * ATOMS_PER_GROUP;
            int to = g == groups - 1 ? atoms : from + ATOMS_PER_GROUP;
            if (members.length != to - from) {
                members = new int[to - from];
            }
            for (int a = from; a < to; a++) {
                members[a - from] = a;
            }
            int id = builder.addGroup("g" + g, members);
            builder.setRefinable(id, random.nextDouble() < REFINABLE_FRACTION);
        }
        for (int g = 0; g + 1 < groups; g += SET_STRIDE) {
            builder.addConformerSet(ConformerSet.Kind.COMPLETE, g, g + 1);
            builder.setRefinable(g, true);
            builder.setRefinable(g + 1, true);
        }
        this.plan = builder.build();
        this.occupancies = new double[atoms];
        double[] groupValue = new double[groups];
        for (int g = 0; g < groups; g++) {
            groupValue[g] = 1.0 / (1.0 + Math.exp(-random.nextGaussian()));
        }
        for (int a = 0; a < atoms; a++) {
            occupancies[a] = groupValue[plan.groupOf(a)];
        }
        this.weights = new float[atoms];
        for (int a = 0; a < atoms; a++) {
            weights[a] = (float) random.nextGaussian();
        }
    }
}
