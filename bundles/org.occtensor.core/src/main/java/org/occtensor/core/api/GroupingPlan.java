package org.occtensor.core.api;

import java.util.Arrays;
import java.util.List;

/**
 * Which atoms share an occupancy parameter, which groups are alternatives of one another, and
 * which groups are refined by default.
 *
 * <p>{@link #groupOfAtom()} is the dense expansion index: group ids run from 0 to
 * {@code groupCount() - 1} and every id has at least one atom. Instances are immutable and
 * validated on construction.
 */
public final class GroupingPlan {

    private final int[] groupOfAtom;
    private final String[] labels;
    private final List<ConformerSet> conformerSets;
    private final boolean[] refinable;
    private final List<String> strategies;
    private final List<String> warnings;
    private final int[] setOfGroup;
    private final int[] atomOffsets;
    private final int[] atomsByGroup;

    GroupingPlan(int[] groupOfAtom, String[] labels, List<ConformerSet> conformerSets, boolean[] refinable,
                 List<String> strategies, List<String> warnings) {
        this.groupOfAtom = groupOfAtom.clone();
        this.labels = labels.clone();
        this.conformerSets = List.copyOf(conformerSets);
        this.refinable = refinable.clone();
        this.strategies = List.copyOf(strategies);
        this.warnings = List.copyOf(warnings);
        PlanValidator.validate(this.groupOfAtom, this.labels, this.conformerSets, this.refinable);
        this.setOfGroup = indexSets(labels.length, this.conformerSets);
        this.atomOffsets = new int[labels.length + 1];
        this.atomsByGroup = new int[groupOfAtom.length];
        fillAtomsByGroup();
    }

    /**
     * Creates a plan from explicit arrays, checking every rule.
     *
     * @param groupOfAtom   group id per atom (not modified)
     * @param labels        one label per group (not modified)
     * @param conformerSets conformer sets over group ids
     * @param refinable     default refinable flag per group (not modified)
     * @throws InvalidPlanException when a rule is broken; the message names atoms and groups
     */
    public static GroupingPlan of(int[] groupOfAtom, String[] labels, List<ConformerSet> conformerSets,
                                  boolean[] refinable) {
        return new GroupingPlan(groupOfAtom, labels, conformerSets, refinable, List.of(), List.of());
    }

    /** Starts a plan for {@code atoms}; strategies add groups to it in order. */
    public static GroupingPlanBuilder builder(AtomTable atoms) {
        return new GroupingPlanBuilder(atoms.size(), atoms);
    }

    /** Starts a plan for {@code atomCount} atoms without a model (labels fall back to atom indices). */
    public static GroupingPlanBuilder builder(int atomCount) {
        return new GroupingPlanBuilder(atomCount, null);
    }

    public int atomCount() {
        return groupOfAtom.length;
    }

    public int groupCount() {
        return labels.length;
    }

    /** Returns a copy of the expansion index. */
    public int[] groupOfAtom() {
        return groupOfAtom.clone();
    }

    public int groupOf(int atom) {
        return groupOfAtom[atom];
    }

    public String label(int group) {
        return labels[group];
    }

    /** Returns the atoms of {@code group} in ascending order. */
    public int[] atomsOf(int group) {
        return Arrays.copyOfRange(atomsByGroup, atomOffsets[group], atomOffsets[group + 1]);
    }

    public int atomCountOf(int group) {
        return atomOffsets[group + 1] - atomOffsets[group];
    }

    /** Returns the mean of {@code atomValues} (one per atom, such as the file's occupancies) over each group. */
    public double[] groupMeans(double[] atomValues) {
        if (atomValues.length != atomCount()) {
            throw new IllegalArgumentException("expected " + atomCount() + " atom values, got " + atomValues.length);
        }
        double[] mean = new double[groupCount()];
        for (int g = 0; g < mean.length; g++) {
            for (int i = atomOffsets[g]; i < atomOffsets[g + 1]; i++) {
                mean[g] += atomValues[atomsByGroup[i]];
            }
            mean[g] /= Math.max(1, atomCountOf(g));
        }
        return mean;
    }

    public List<ConformerSet> conformerSets() {
        return conformerSets;
    }

    /** Returns the index into {@link #conformerSets()} of the set that holds {@code group}, or -1. */
    public int setOf(int group) {
        return setOfGroup[group];
    }

    public boolean isRefinable(int group) {
        return refinable[group];
    }

    /** Returns a copy of the default refinable mask, one flag per group. */
    public boolean[] refinableMask() {
        return refinable.clone();
    }

    /** Names of the strategies that built this plan, in the order they ran. */
    public List<String> strategies() {
        return strategies;
    }

    /** Warnings the strategies raised while building the plan. */
    public List<String> warnings() {
        return warnings;
    }

    private static int[] indexSets(int groupCount, List<ConformerSet> sets) {
        int[] setOf = new int[groupCount];
        Arrays.fill(setOf, -1);
        for (int s = 0; s < sets.size(); s++) {
            for (int g : sets.get(s).groups()) {
                setOf[g] = s;
            }
        }
        return setOf;
    }

    private void fillAtomsByGroup() {
        for (int g : groupOfAtom) {
            atomOffsets[g + 1]++;
        }
        for (int g = 0; g < labels.length; g++) {
            atomOffsets[g + 1] += atomOffsets[g];
        }
        int[] next = Arrays.copyOf(atomOffsets, labels.length);
        for (int a = 0; a < groupOfAtom.length; a++) {
            atomsByGroup[next[groupOfAtom[a]]++] = a;
        }
    }
}
