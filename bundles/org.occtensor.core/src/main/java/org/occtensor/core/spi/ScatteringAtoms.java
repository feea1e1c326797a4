package org.occtensor.core.spi;

/**
 * Atoms prepared for structure-factor sums.
 *
 * @param count      number of atoms
 * @param fractional fractional coordinates, 3 per atom, row-major
 * @param occupancy  occupancy per atom
 * @param bIso       isotropic B per atom in square angstrom (used where the atom has no U*)
 * @param uStar      anisotropic U* (reciprocal-cell) as U11, U22, U33, U12, U13, U23 per atom,
 *                   NaN in the first entry for isotropic atoms; null when no atom is anisotropic
 * @param type       scattering type per atom, an index into {@link Reflections#formFactors()}
 */
public record ScatteringAtoms(int count, double[] fractional, double[] occupancy, double[] bIso, double[] uStar,
                              int[] type) {
}
