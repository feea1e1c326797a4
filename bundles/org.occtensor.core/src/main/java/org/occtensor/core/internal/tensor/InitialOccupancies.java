package org.occtensor.core.internal.tensor;

import java.util.List;

import org.occtensor.core.api.ConformerSet;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.api.InvalidOccupancyException;

/**
 * Group starting values from per-atom occupancies: the mean occupancy of each group's atoms (never
 * the mean of their logits), with conformer sets brought back within their sum rule.
 */
public final class InitialOccupancies {

    /** Sums within this distance of 1 count as exactly 1. */
    private static final double SUM_SLACK = 1e-6;

    private InitialOccupancies() {
    }

    /**
     * Returns one occupancy per group.
     *
     * @param plan      the grouping plan
     * @param atoms     per-atom occupancies (not modified)
     * @param warnings  receives one message per renormalised set
     * @throws InvalidOccupancyException for a length mismatch or a NaN, negative or above-1 value
     */
    public static double[] fromAtoms(GroupingPlan plan, double[] atoms, List<String> warnings) {
        if (atoms.length != plan.atomCount()) {
            throw new InvalidOccupancyException("expected " + plan.atomCount() + " atom occupancies, got "
                    + atoms.length);
        }
        for (int a = 0; a < atoms.length; a++) {
            double v = atoms[a];
            if (Double.isNaN(v) || v < 0.0 || v > 1.0) {
                throw new InvalidOccupancyException("occupancy of atom " + a + " is " + v + "; it must be in [0, 1]");
            }
        }
        double[] mean = plan.groupMeans(atoms);
        for (ConformerSet set : plan.conformerSets()) {
            normalise(plan, set, mean, warnings);
        }
        return mean;
    }

    private static void normalise(GroupingPlan plan, ConformerSet set, double[] q, List<String> warnings) {
        double total = 0.0;
        for (int g : set.groups()) {
            total += q[g];
        }
        boolean complete = set.kind() == ConformerSet.Kind.COMPLETE;
        if (total > 1.0 + SUM_SLACK) {
            warnings.add(String.format(java.util.Locale.ROOT,
                    "conformer set %s sums to %.4f, above 1; renormalised to 1", describe(plan, set), total));
        } else if (!complete || Math.abs(total - 1.0) <= SUM_SLACK) {
            return;
        }
        if (total <= 0.0) {
            for (int g : set.groups()) {
                q[g] = 1.0 / set.size();
            }
            warnings.add("complete conformer set " + describe(plan, set) + " sums to 0; split evenly");
            return;
        }
        for (int g : set.groups()) {
            q[g] /= total;
        }
    }

    static String describe(GroupingPlan plan, ConformerSet set) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < set.size(); k++) {
            sb.append(k == 0 ? "" : ", ").append(plan.label(set.group(k)));
        }
        return sb.append(']').toString();
    }
}
