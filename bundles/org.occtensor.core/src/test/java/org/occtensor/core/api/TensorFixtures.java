package org.occtensor.core.api;

import java.util.Random;

/** Small plans used across the tensor tests. */
final class TensorFixtures {

    private TensorFixtures() {
    }

    /**
     * Twelve atoms: a shared group of three (0-2, refinable), a complete set A/B (3-4 and 5-6), a
     * partial set of one group (7-8), a fixed group (9-10) and an ungrouped atom (11).
     */
    static GroupingPlan mixedPlan() {
        GroupingPlanBuilder b = GroupingPlan.builder(12);
        int shared = b.addGroup("shared", 0, 1, 2);
        int a = b.addGroup("set A", 3, 4);
        int bb = b.addGroup("set B", 5, 6);
        int ligand = b.addGroup("ligand", 7, 8);
        b.addGroup("fixed", 9, 10);
        b.addConformerSet(ConformerSet.Kind.COMPLETE, a, bb);
        b.addConformerSet(ConformerSet.Kind.PARTIAL, ligand);
        for (int g : new int[] {shared, a, bb, ligand}) {
            b.setRefinable(g, true);
        }
        return b.build();
    }

    static double[] mixedOccupancies() {
        return new double[] {0.8, 0.8, 0.8, 0.6, 0.6, 0.4, 0.4, 0.45, 0.45, 1.0, 1.0, 1.0};
    }

    static double[] randomWeights(int n, long seed) {
        Random random = new Random(seed);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = random.nextGaussian();
        }
        return w;
    }

    static double dot(double[] a, double[] b) {
        double sum = 0.0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Central-difference gradient of w . forward64(p) with respect to the parameters. */
    static double[] numericGradient(OccupancyTensor tensor, double[] weights, double step) {
        double[] p = tensor.parameters();
        double[] grad = new double[p.length];
        for (int k = 0; k < p.length; k++) {
            double[] plus = p.clone();
            double[] minus = p.clone();
            plus[k] += step;
            minus[k] -= step;
            tensor.setParameters(plus);
            double up = dot(weights, tensor.forward64());
            tensor.setParameters(minus);
            double down = dot(weights, tensor.forward64());
            grad[k] = (up - down) / (2 * step);
        }
        tensor.setParameters(p);
        return grad;
    }
}
