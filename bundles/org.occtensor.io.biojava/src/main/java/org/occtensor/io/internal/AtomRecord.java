package org.occtensor.io.internal;

/**
 * One ATOM/HETATM record or {@code _atom_site} row as the scanners read it from the text.
 *
 * @param line            1-based line of the record (mmCIF: of the row's first value)
 * @param occupancy       occupancy after the missing-value default and clamping
 * @param fileOccupancy   occupancy as written, NaN when the file has no value
 * @param occupancyField  where the occupancy text is in the content, or null when the file has none
 * @param anisoU          U11, U22, U33, U12, U13, U23 in square angstrom, or null
 */
record AtomRecord(int line, boolean hetero, int serial, String name, char altloc, String residueName,
                  String chainId, int residueNumber, char insertionCode, double x, double y, double z,
                  double occupancy, double fileOccupancy, double bFactor, String element, int charge,
                  int model, TextSpan occupancyField, double[] anisoU) {

    AtomKey key() {
        return new AtomKey(chainId, residueNumber, insertionCode, name, altloc);
    }

    AtomRecord withAnisoU(double[] u) {
        return new AtomRecord(line, hetero, serial, name, altloc, residueName, chainId, residueNumber,
                insertionCode, x, y, z, occupancy, fileOccupancy, bFactor, element, charge, model,
                occupancyField, u);
    }

    /** Returns a label such as {@code A/GLU 52A/CA altloc B} for messages. */
    String label() {
        return key().label(residueName);
    }
}
