package org.occtensor.io.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Decides ATOM or HETATM for an mmCIF atom whose file has no {@code _atom_site.group_PDB} item.
 *
 * <p>The rule follows the wwPDB convention of ATOM records for standard polymer residues and
 * HETATM records for all other groups (ligands, ions, water, modified residues such as MSE). The
 * standard names are those for which gemmi 0.5.7's {@code find_tabulated_residue(name).is_standard()}
 * is true: the 20 amino acids, SEC, PYL, UNK, ASX, GLX and the RNA and DNA nucleotides.
 */
final class StandardResidues {

    private static final Set<String> NAMES = Set.of(
            "ALA", "ARG", "ASN", "ASP", "CYS", "GLN", "GLU", "GLY", "HIS", "ILE", "LEU", "LYS", "MET",
            "PHE", "PRO", "SER", "THR", "TRP", "TYR", "VAL", "SEC", "PYL", "UNK", "ASX", "GLX",
            "A", "C", "G", "U", "I", "DA", "DC", "DG", "DT", "DI", "DU");

    private StandardResidues() {
    }

    /** Returns true when atoms of residue {@code residueName} are HETATM records by the rule above. */
    static boolean isHetero(String residueName) {
        return !NAMES.contains(residueName.strip().toUpperCase(Locale.ROOT));
    }
}
