package org.occtensor.grouping.altloc.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.occtensor.core.api.AtomTable;

/** Warnings about conformers that can be grouped but look suspicious. */
final class ConformerChecks {

    /**
     * Two coordinates closer than this (angstrom) count as identical: PDB files print three decimals,
     * so identical printed values differ by less than this after parsing.
     */
    static final double SAME_POSITION = 5e-4;

    private ConformerChecks() {
    }

    /**
     * Warns when the atoms of one conformer start at occupancies that differ by more than
     * {@code tolerance}: they share one group, which starts at their mean.
     */
    static void checkOccupancySpread(AtomTable atoms, ResidueConformers conformers, double tolerance,
                                     PlanWarnings warnings) {
        for (char id : conformers.ids()) {
            int[] members = conformers.atoms(id);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int a : members) {
                min = Math.min(min, atoms.occupancy(a));
                max = Math.max(max, atoms.occupancy(a));
            }
            if (max - min > tolerance) {
                warnings.warn("atoms of " + Labels.conformer(atoms, members[0], id)
                        + " have different occupancies (" + atomsByOccupancy(atoms, members)
                        + "); they share one group starting at the mean "
                        + Labels.occupancy(conformers.meanOccupancy(id)));
            }
        }
    }

    /**
     * Warns when two conformers of a residue put every atom they share (by atom name) at the same
     * position: the data cannot then tell how the occupancy splits between them.
     */
    static void checkIdenticalCoordinates(AtomTable atoms, ResidueConformers conformers, PlanWarnings warnings) {
        List<Character> ids = new ArrayList<>(conformers.ids());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                char first = ids.get(i);
                char second = ids.get(j);
                int compared = countSharedIfIdentical(atoms, conformers.atoms(first), conformers.atoms(second));
                if (compared > 0) {
                    warnings.warn("conformers " + first + " and " + second + " of "
                            + Labels.residue(atoms, conformers.firstAtom(first)) + " have identical coordinates ("
                            + compared + " atoms compared by name); the data cannot determine their occupancy split");
                }
            }
        }
    }

    /** Returns the number of atom names both conformers have, or 0 when any such pair differs in position. */
    private static int countSharedIfIdentical(AtomTable atoms, int[] first, int[] second) {
        Map<String, Integer> byName = new HashMap<>();
        for (int a : first) {
            byName.put(atoms.name(a), a);
        }

        int compared = 0;
        for (int b : second) {
            Integer a = byName.get(atoms.name(b));
            if (a == null) {
                continue;
            }
            if (!samePosition(atoms, a, b)) {
                return 0;
            }
            compared++;
        }
        return compared;
    }

    private static boolean samePosition(AtomTable atoms, int a, int b) {
        return Math.abs(atoms.x(a) - atoms.x(b)) < SAME_POSITION
                && Math.abs(atoms.y(a) - atoms.y(b)) < SAME_POSITION
                && Math.abs(atoms.z(a) - atoms.z(b)) < SAME_POSITION;
    }

    /** Returns {@code 0.48: N, CA; 0.28: CB} with occupancies in order of first appearance. */
    private static String atomsByOccupancy(AtomTable atoms, int[] members) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (int a : members) {
            names.computeIfAbsent(Labels.exactOccupancy(atoms.occupancy(a)), key -> new ArrayList<>()).add(atoms.name(a));
        }

        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, List<String>> entry : names.entrySet()) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(entry.getKey()).append(": ").append(String.join(", ", entry.getValue()));
        }
        return text.toString();
    }
}
