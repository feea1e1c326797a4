package org.occtensor.core.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Mutable plan that grouping strategies add to, in order. A later strategy sees which atoms earlier
 * ones claimed ({@link #isAssigned(int)}) and only groups the rest.
 *
 * <p>Atoms that no strategy claims become one group each at {@link #build()}, with fresh ids after
 * the claimed groups, so they can never share a parameter with a claimed group by accident.
 */
public final class GroupingPlanBuilder {

    private final int atomCount;
    private final AtomTable atoms;
    private final int[] groupOfAtom;
    private final List<String> labels = new ArrayList<>();
    private final List<Boolean> refinable = new ArrayList<>();
    private final List<ConformerSet> sets = new ArrayList<>();
    private final List<String> strategies = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    GroupingPlanBuilder(int atomCount, AtomTable atoms) {
        this.atomCount = atomCount;
        this.atoms = atoms;
        this.groupOfAtom = new int[atomCount];
        Arrays.fill(groupOfAtom, -1);
    }

    public int atomCount() {
        return atomCount;
    }

    public boolean isAssigned(int atom) {
        return groupOfAtom[atom] >= 0;
    }

    /** Returns the group of {@code atom}, or -1 when no strategy has claimed it yet. */
    public int groupOf(int atom) {
        return groupOfAtom[atom];
    }

    public int groupCount() {
        return labels.size();
    }

    public String label(int group) {
        return labels.get(group);
    }

    /**
     * Adds a group of {@code members} and returns its id.
     *
     * @throws InvalidPlanException when a member already belongs to a group or is out of range
     */
    public int addGroup(String label, int... members) {
        if (members.length == 0) {
            throw new InvalidPlanException("group '" + label + "' has no atoms");
        }
        int id = labels.size();
        for (int a : members) {
            if (a < 0 || a >= atomCount) {
                throw new InvalidPlanException("group '" + label + "' lists atom " + a + ", outside 0.."
                        + (atomCount - 1));
            }
            if (groupOfAtom[a] >= 0) {
                undo(members, id);
                throw new InvalidPlanException("atom " + describeAtom(a) + " is in two groups: '"
                        + labels.get(groupOfAtom[a]) + "' and '" + label + "'");
            }
            groupOfAtom[a] = id;
        }
        labels.add(label);
        refinable.add(Boolean.FALSE);
        return id;
    }

    /** Adds atoms to an existing group. */
    public void extendGroup(int group, int... members) {
        for (int a : members) {
            if (groupOfAtom[a] >= 0 && groupOfAtom[a] != group) {
                throw new InvalidPlanException("atom " + describeAtom(a) + " is in two groups: '"
                        + labels.get(groupOfAtom[a]) + "' and '" + labels.get(group) + "'");
            }
            groupOfAtom[a] = group;
        }
    }

    /** Declares {@code groups} alternatives of one another under {@code kind}; returns the set index. */
    public int addConformerSet(ConformerSet.Kind kind, int... groups) {
        sets.add(new ConformerSet(groups, kind));
        return sets.size() - 1;
    }

    public List<ConformerSet> conformerSets() {
        return List.copyOf(sets);
    }

    public void setRefinable(int group, boolean value) {
        refinable.set(group, value);
    }

    public boolean isRefinable(int group) {
        return refinable.get(group);
    }

    /** Records that strategy {@code name} contributed to this plan. */
    public void strategyApplied(String name) {
        strategies.add(name);
    }

    /** Records a warning for the report; strategies also log it. */
    public void warn(String message) {
        warnings.add(message);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Finishes the plan: every unclaimed atom becomes its own fixed group, then all rules are checked.
     *
     * @throws InvalidPlanException when a rule is broken
     */
    public GroupingPlan build() {
        int[] finalGroups = groupOfAtom.clone();
        List<String> finalLabels = new ArrayList<>(labels);
        List<Boolean> finalRefinable = new ArrayList<>(refinable);
        for (int a = 0; a < atomCount; a++) {
            if (finalGroups[a] < 0) {
                finalGroups[a] = finalLabels.size();
                finalLabels.add(describeAtom(a));
                finalRefinable.add(Boolean.FALSE);
            }
        }
        boolean[] mask = new boolean[finalRefinable.size()];
        for (int g = 0; g < mask.length; g++) {
            mask[g] = finalRefinable.get(g);
        }
        return new GroupingPlan(finalGroups, finalLabels.toArray(String[]::new), sets, mask, strategies, warnings);
    }

    private void undo(int[] members, int id) {
        for (int a : members) {
            if (groupOfAtom[a] == id) {
                groupOfAtom[a] = -1;
            }
        }
    }

    private String describeAtom(int a) {
        return atoms == null ? "#" + a : "#" + a + " (" + atoms.label(a) + ")";
    }
}
