package org.occtensor.core.api;

import java.util.Arrays;
import java.util.List;

/** Checks the rules of a {@link GroupingPlan}; every message names the atoms, groups or set involved. */
final class PlanValidator {

    private PlanValidator() {
    }

    static void validate(int[] groupOfAtom, String[] labels, List<ConformerSet> sets, boolean[] refinable) {
        int groupCount = labels.length;
        if (refinable.length != groupCount) {
            throw new InvalidPlanException("refinable mask has " + refinable.length + " entries for "
                    + groupCount + " groups");
        }
        checkDense(groupOfAtom, groupCount);
        checkSets(sets, labels);
    }

    private static void checkDense(int[] groupOfAtom, int groupCount) {
        boolean[] used = new boolean[groupCount];
        for (int a = 0; a < groupOfAtom.length; a++) {
            int g = groupOfAtom[a];
            if (g < 0 || g >= groupCount) {
                throw new InvalidPlanException("atom " + a + " has group id " + g
                        + ", outside the dense range 0.." + (groupCount - 1));
            }
            used[g] = true;
        }
        for (int g = 0; g < groupCount; g++) {
            if (!used[g]) {
                throw new InvalidPlanException("group ids are not dense: group " + g
                        + " has no atoms (" + groupCount + " groups declared)");
            }
        }
    }

    private static void checkSets(List<ConformerSet> sets, String[] labels) {
        int[] owner = new int[labels.length];
        Arrays.fill(owner, -1);
        for (int s = 0; s < sets.size(); s++) {
            ConformerSet set = sets.get(s);
            int minimum = set.kind() == ConformerSet.Kind.COMPLETE ? 2 : 1;
            if (set.size() < minimum) {
                throw new InvalidPlanException("conformer set " + s + " (" + set.kind().label() + ") has "
                        + set.size() + " member(s); it needs at least " + minimum + ": " + describe(set, labels));
            }
            for (int g : set.groups()) {
                if (g < 0 || g >= labels.length) {
                    throw new InvalidPlanException("conformer set " + s + " lists group " + g
                            + ", which does not exist (" + labels.length + " groups)");
                }
                if (owner[g] == s) {
                    throw new InvalidPlanException("conformer set " + s + " lists group " + g + " ('"
                            + labels[g] + "') twice");
                }
                if (owner[g] >= 0) {
                    throw new InvalidPlanException("group " + g + " ('" + labels[g] + "') is in conformer sets "
                            + owner[g] + " and " + s);
                }
                owner[g] = s;
            }
        }
    }

    private static String describe(ConformerSet set, String[] labels) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < set.size(); k++) {
            int g = set.group(k);
            sb.append(k == 0 ? "" : ", ").append(g);
            if (g >= 0 && g < labels.length) {
                sb.append(" '").append(labels[g]).append('\'');
            }
        }
        return sb.append(']').toString();
    }
}
