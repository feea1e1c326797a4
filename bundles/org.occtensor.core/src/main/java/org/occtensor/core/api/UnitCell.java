package org.occtensor.core.api;

/**
 * Unit cell and space group of a crystal model.
 *
 * @param a          cell length a in angstrom
 * @param b          cell length b in angstrom
 * @param c          cell length c in angstrom
 * @param alpha      cell angle alpha in degrees
 * @param beta       cell angle beta in degrees
 * @param gamma      cell angle gamma in degrees
 * @param spaceGroup Hermann-Mauguin symbol as written in the file ("P 21 21 21")
 */
public record UnitCell(double a, double b, double c, double alpha, double beta, double gamma,
                       String spaceGroup) {
}
