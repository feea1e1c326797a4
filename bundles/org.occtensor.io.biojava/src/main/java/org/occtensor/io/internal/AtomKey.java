package org.occtensor.io.internal;

/**
 * Identity of an atom within one model: chain, residue number, insertion code, atom name and
 * altloc. The residue name is left out, so that the same site cannot appear twice under two
 * residue names.
 */
record AtomKey(String chainId, int residueNumber, char insertionCode, String name, char altloc) {

    String label(String residueName) {
        StringBuilder sb = new StringBuilder();
        sb.append(chainId).append('/').append(residueName).append(' ').append(residueNumber);
        if (insertionCode != ' ') {
            sb.append(insertionCode);
        }
        sb.append('/').append(name);
        if (altloc != ' ') {
            sb.append(" altloc ").append(altloc);
        }
        return sb.toString();
    }
}
