package org.occtensor.grouping.altloc.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.AtomTable.ResidueKey;

/**
 * All atoms of one residue in file order, whether or not a strategy has grouped them.
 *
 * @param key   model, chain, residue number and insertion code (never the residue name)
 * @param atoms atom indices in ascending order
 */
record ResidueAtoms(ResidueKey key, int[] atoms) {

    /** Collects the residues of {@code atoms} in the order in which their first atom appears. */
    static List<ResidueAtoms> collect(AtomTable atoms) {
        Map<ResidueKey, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < atoms.size(); i++) {
            byKey.computeIfAbsent(atoms.residueKey(i), key -> new ArrayList<>()).add(i);
        }

        List<ResidueAtoms> residues = new ArrayList<>(byKey.size());
        for (Map.Entry<ResidueKey, List<Integer>> entry : byKey.entrySet()) {
            int[] members = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            residues.add(new ResidueAtoms(entry.getKey(), members));
        }
        return residues;
    }
}
