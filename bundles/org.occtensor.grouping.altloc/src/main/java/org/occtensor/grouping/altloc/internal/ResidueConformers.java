package org.occtensor.grouping.altloc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlanBuilder;

/**
 * The ungrouped atoms of one residue that carry an altloc id, split by id. Ids are kept in ascending
 * character order, so digits come before upper case and upper case before lower case.
 */
final class ResidueConformers {

    private final ResidueAtoms residue;
    private final TreeMap<Character, int[]> atomsById;
    private final TreeMap<Character, Double> meanById;

    private ResidueConformers(ResidueAtoms residue, TreeMap<Character, int[]> atomsById,
                              TreeMap<Character, Double> meanById) {
        this.residue = residue;
        this.atomsById = atomsById;
        this.meanById = meanById;
    }

    /**
     * Splits the ungrouped altloc atoms of {@code residue} by id.
     *
     * @return the conformers, or null when the residue has no ungrouped altloc atom
     */
    static ResidueConformers of(AtomTable atoms, ResidueAtoms residue, GroupingPlanBuilder plan) {
        TreeMap<Character, List<Integer>> lists = new TreeMap<>();
        for (int a : residue.atoms()) {
            if (atoms.hasAltloc(a) && !plan.isAssigned(a)) {
                lists.computeIfAbsent(atoms.altloc(a), id -> new ArrayList<>()).add(a);
            }
        }
        if (lists.isEmpty()) {
            return null;
        }

        TreeMap<Character, int[]> atomsById = new TreeMap<>();
        TreeMap<Character, Double> meanById = new TreeMap<>();
        for (Map.Entry<Character, List<Integer>> entry : lists.entrySet()) {
            int[] members = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            atomsById.put(entry.getKey(), members);
            meanById.put(entry.getKey(), meanOccupancy(atoms, members));
        }
        return new ResidueConformers(residue, atomsById, meanById);
    }

    static double meanOccupancy(AtomTable atoms, int[] members) {
        double sum = 0;
        for (int a : members) {
            sum += atoms.occupancy(a);
        }
        return sum / members.length;
    }

    ResidueAtoms residue() {
        return residue;
    }

    SortedSet<Character> ids() {
        return new TreeSet<>(atomsById.keySet());
    }

    int[] atoms(char id) {
        return atomsById.get(id).clone();
    }

    /** Returns the first atom of conformer {@code id}, whose residue name labels the conformer. */
    int firstAtom(char id) {
        return atomsById.get(id)[0];
    }

    double meanOccupancy(char id) {
        return meanById.get(id);
    }
}
