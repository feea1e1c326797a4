package org.occtensor.core.api;

import java.util.Objects;

/**
 * One atom record as a reader sees it, used to fill an {@link AtomTable}.
 *
 * @param serial        atom serial number from the file (informational, may repeat)
 * @param name          atom name, trimmed ("CA")
 * @param altloc        alternate location id, {@code ' '} when blank
 * @param residueName   residue name ("GLU")
 * @param chainId       chain id (auth_asym_id in mmCIF)
 * @param residueNumber residue sequence number
 * @param insertionCode insertion code, {@code ' '} when blank
 * @param x             Cartesian x in angstrom
 * @param y             Cartesian y in angstrom
 * @param z             Cartesian z in angstrom
 * @param occupancy     occupancy in [0, 1]
 * @param bFactor       isotropic B in square angstrom
 * @param element       element symbol, upper case ("C", "FE")
 * @param charge        formal charge
 * @param hetero        true for HETATM records
 * @param model         model number (1-based)
 * @param anisoU        U11, U22, U33, U12, U13, U23 in square angstrom, or null when isotropic
 * @param sourceLine    line (PDB) or row (mmCIF) the record came from, 1-based; 0 when unknown
 */
public record Atom(int serial, String name, char altloc, String residueName, String chainId,
                   int residueNumber, char insertionCode, double x, double y, double z,
                   double occupancy, double bFactor, String element, int charge, boolean hetero,
                   int model, double[] anisoU, int sourceLine) {

    public Atom {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(residueName, "residueName");
        Objects.requireNonNull(chainId, "chainId");
        Objects.requireNonNull(element, "element");
        if (anisoU != null && anisoU.length != 6) {
            throw new IllegalArgumentException("anisoU needs 6 values, got " + anisoU.length);
        }
    }

    /** Returns a plain atom with blank altloc, no anisotropic U and occupancy 1, for tests and builders. */
    public static Atom simple(String name, String residueName, String chainId, int residueNumber,
                              double x, double y, double z, String element) {
        return new Atom(0, name, ' ', residueName, chainId, residueNumber, ' ', x, y, z, 1.0, 20.0,
                element, 0, false, 1, null, 0);
    }
}
