package org.occtensor.core.internal.tensor;

import java.util.ArrayList;
import java.util.List;

import org.occtensor.core.api.ConformerSet;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.api.Parameterisation;

/**
 * The parameterisation of one frozen/refinable state: which group logits are free parameters,
 * the fixed logits of the rest, the exact values of frozen groups and the conformer layout.
 *
 * <p>In a complete set the first unfrozen member is the reference, its logit held at 0, so N free
 * members have N-1 parameters. A partial set's vacancy logit is held at 0 instead, so all its free
 * members are parameters. Frozen set members keep their exact occupancy and shrink the budget
 * the free members share.
 */
public final class TensorStructure {

    /** Smallest occupancy turned into a logit, so that log and logit stay finite. */
    public static final double MIN_OCCUPANCY = 1e-6;

    final int groupCount;
    final Parameterisation parameterisation;
    final int[] parameterGroups;
    final double[] fixedLogits;
    final int[] frozenGroups;
    final double[] frozenValues;
    final int[] setOffsets;
    final int[] setMembers;
    final boolean[] setPartial;
    final double[] setBudget;
    final boolean[] inSet;
    final double[] initialParameters;

    private TensorStructure(Builder b) {
        this.groupCount = b.groupCount;
        this.parameterisation = b.parameterisation;
        this.parameterGroups = b.parameterGroups.stream().mapToInt(Integer::intValue).toArray();
        this.fixedLogits = b.fixedLogits;
        this.frozenGroups = b.frozenGroups.stream().mapToInt(Integer::intValue).toArray();
        this.frozenValues = new double[groupCount];
        for (int g : frozenGroups) {
            frozenValues[g] = b.occupancy[g];
        }
        this.setOffsets = b.setOffsets.stream().mapToInt(Integer::intValue).toArray();
        this.setMembers = b.setMembers.stream().mapToInt(Integer::intValue).toArray();
        this.setPartial = toArray(b.setPartial);
        this.setBudget = b.setBudget.stream().mapToDouble(Double::doubleValue).toArray();
        this.inSet = b.inSet;
        this.initialParameters = new double[parameterGroups.length];
        for (int k = 0; k < parameterGroups.length; k++) {
            initialParameters[k] = b.logits[parameterGroups[k]];
        }
    }

    /**
     * Builds the structure that reproduces {@code occupancy} (one per group, sums already valid)
     * with {@code frozen} groups held fixed.
     */
    public static TensorStructure build(GroupingPlan plan, Parameterisation parameterisation, boolean[] frozen,
                                        double[] occupancy) {
        Builder b = new Builder(plan.groupCount(), parameterisation, occupancy);
        for (ConformerSet set : plan.conformerSets()) {
            b.addSet(set, frozen);
        }
        for (int g = 0; g < plan.groupCount(); g++) {
            if (frozen[g]) {
                b.frozenGroups.add(g);
            } else if (!b.inSet[g]) {
                b.logits[g] = parameterisation.kind() == Parameterisation.Kind.SIGMOID
                        ? logit(occupancy[g]) : occupancy[g];
            }
        }
        for (int g = 0; g < plan.groupCount(); g++) {
            if (!frozen[g] && !b.reference[g]) {
                b.parameterGroups.add(g);
            }
        }
        b.fixedLogits = b.logits.clone();
        return new TensorStructure(b);
    }

    public int parameterCount() {
        return parameterGroups.length;
    }

    public int[] parameterGroups() {
        return parameterGroups.clone();
    }

    public double[] initialParameters() {
        return initialParameters.clone();
    }

    public int setCount() {
        return setPartial.length;
    }

    static double logit(double p) {
        double clamped = Math.min(1.0 - MIN_OCCUPANCY, Math.max(MIN_OCCUPANCY, p));
        return Math.log(clamped / (1.0 - clamped));
    }

    private static boolean[] toArray(List<Boolean> values) {
        boolean[] out = new boolean[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    private static final class Builder {
        final int groupCount;
        final Parameterisation parameterisation;
        final double[] occupancy;
        final double[] logits;
        final boolean[] inSet;
        final boolean[] reference;
        final List<Integer> parameterGroups = new ArrayList<>();
        final List<Integer> frozenGroups = new ArrayList<>();
        final List<Integer> setOffsets = new ArrayList<>(List.of(0));
        final List<Integer> setMembers = new ArrayList<>();
        final List<Boolean> setPartial = new ArrayList<>();
        final List<Double> setBudget = new ArrayList<>();
        double[] fixedLogits;

        Builder(int groupCount, Parameterisation parameterisation, double[] occupancy) {
            this.groupCount = groupCount;
            this.parameterisation = parameterisation;
            this.occupancy = occupancy;
            this.logits = new double[groupCount];
            this.inSet = new boolean[groupCount];
            this.reference = new boolean[groupCount];
        }

        void addSet(ConformerSet set, boolean[] frozen) {
            double frozenSum = 0.0;
            List<Integer> free = new ArrayList<>();
            for (int g : set.groups()) {
                inSet[g] = true;
                if (frozen[g]) {
                    frozenSum += occupancy[g];
                } else {
                    free.add(g);
                }
            }
            if (free.isEmpty()) {
                return;
            }
            double budget = Math.max(0.0, 1.0 - frozenSum);
            boolean partial = set.kind() == ConformerSet.Kind.PARTIAL;
            double denominatorValue = partial ? vacancy(free, budget) : Math.max(MIN_OCCUPANCY, occupancy[free.get(0)]);
            for (int g : free) {
                logits[g] = Math.log(Math.max(MIN_OCCUPANCY, occupancy[g]) / denominatorValue);
                setMembers.add(g);
            }
            if (!partial) {
                reference[free.get(0)] = true;
                logits[free.get(0)] = 0.0;
            }
            setOffsets.add(setMembers.size());
            setPartial.add(partial);
            setBudget.add(budget);
        }

        private double vacancy(List<Integer> free, double budget) {
            double sum = 0.0;
            for (int g : free) {
                sum += occupancy[g];
            }
            return Math.max(MIN_OCCUPANCY, budget - sum);
        }
    }

    @Override
    public String toString() {
        return "TensorStructure[groups=" + groupCount + ", parameters=" + parameterGroups.length + ", sets="
                + setCount() + ", frozen=" + frozenGroups.length + "]";
    }
}
