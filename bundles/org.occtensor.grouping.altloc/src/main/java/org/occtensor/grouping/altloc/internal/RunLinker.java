package org.occtensor.grouping.altloc.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.AtomTable.ResidueKey;

/**
 * Joins adjacent residues of one chain into runs whose conformers share one group per altloc id, as
 * a loop modelled in two conformations should.
 *
 * <p>Two residues are linked when they follow one another among the residues of their model and
 * chain, are covalently bonded, carry the same altloc ids, and each id starts at the occupancy it
 * has in the run's first residue, within the tolerance. The bond test keeps waters and other
 * unbonded neighbours with consecutive numbers apart, and it breaks runs at chain breaks.
 */
final class RunLinker {

    /**
     * Heavy atoms of two residues closer than this (angstrom) are taken as covalently bonded. A
     * peptide C-N bond is about 1.33 A and a phosphodiester O3'-P bond about 1.6 A, while
     * non-bonded heavy atoms of one conformation stay beyond 2.4 A.
     */
    static final double BOND_CUTOFF = 2.0;

    private RunLinker() {
    }

    /**
     * Returns the runs in the order of their first residue in the file. With {@code link} false,
     * every residue with conformers is a run of its own.
     *
     * @param residues   every residue of the model in file order, including those without conformers
     * @param conformers the conformers of each residue that has any
     */
    static List<List<ResidueConformers>> runs(AtomTable atoms, List<ResidueAtoms> residues,
                                              Map<ResidueKey, ResidueConformers> conformers,
                                              double tolerance, boolean link) {
        List<List<ResidueConformers>> runs = new ArrayList<>();
        Map<String, ResidueAtoms> previousInChain = new HashMap<>();
        Map<String, List<ResidueConformers>> openRunOfChain = new HashMap<>();

        for (ResidueAtoms residue : residues) {
            String chain = residue.key().model() + "/" + residue.key().chainId();
            ResidueAtoms previous = previousInChain.put(chain, residue);
            ResidueConformers current = conformers.get(residue.key());
            if (current == null) {
                openRunOfChain.remove(chain);
                continue;
            }

            List<ResidueConformers> open = openRunOfChain.get(chain);
            boolean extend = link && open != null && previous != null
                    && open.get(open.size() - 1).residue() == previous
                    && matches(open.get(0), current, tolerance)
                    && bonded(atoms, previous, residue);
            if (extend) {
                open.add(current);
            } else {
                List<ResidueConformers> run = new ArrayList<>();
                run.add(current);
                runs.add(run);
                openRunOfChain.put(chain, run);
            }
        }
        return runs;
    }

    /** Returns whether {@code next} has the ids of {@code first}, each at its occupancy within the tolerance. */
    static boolean matches(ResidueConformers first, ResidueConformers next, double tolerance) {
        if (!first.ids().equals(next.ids())) {
            return false;
        }
        for (char id : first.ids()) {
            if (Math.abs(first.meanOccupancy(id) - next.meanOccupancy(id)) > tolerance) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns whether a heavy atom of {@code first} lies within {@link #BOND_CUTOFF} of a heavy atom
     * of {@code second}. Only pairs that can be present together count: a blank altloc, or the same id.
     */
    static boolean bonded(AtomTable atoms, ResidueAtoms first, ResidueAtoms second) {
        double cutoffSquared = BOND_CUTOFF * BOND_CUTOFF;
        for (int a : first.atoms()) {
            if (isHydrogen(atoms, a)) {
                continue;
            }
            for (int b : second.atoms()) {
                if (isHydrogen(atoms, b) || !coexist(atoms, a, b)) {
                    continue;
                }
                double dx = atoms.x(a) - atoms.x(b);
                double dy = atoms.y(a) - atoms.y(b);
                double dz = atoms.z(a) - atoms.z(b);
                if (dx * dx + dy * dy + dz * dz < cutoffSquared) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean coexist(AtomTable atoms, int a, int b) {
        return !atoms.hasAltloc(a) || !atoms.hasAltloc(b) || atoms.altloc(a) == atoms.altloc(b);
    }

    private static boolean isHydrogen(AtomTable atoms, int a) {
        String element = atoms.element(a);
        return element.equals("H") || element.equals("D");
    }
}
