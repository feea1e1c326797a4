package org.occtensor.xray.structure;

import java.util.List;

import org.occtensor.xray.symmetry.SpaceGroup;
import org.occtensor.xray.symmetry.SymOp;

/**
 * Special positions: an atom on a symmetry element coincides with some of its own symmetry copies,
 * and a sum over all operators counts it that many times. Such an atom gets the weight
 * 1 / (order of its site-symmetry group) and is moved onto the exact special position, as cctbx does
 * with its default minimum distance of 0.5 angstrom between symmetry-equivalent sites.
 *
 * <p>Like cctbx's PDB input (non_unit_occupancy_implies_min_distance_sym_equiv_zero), an atom with
 * partial occupancy is taken to be a disordered atom near the symmetry element, not on it, unless it
 * lies on the element within {@link #EXACT_TOLERANCE}. cctbx counts such an exact partial atom at full
 * weight; the weighting here follows the physics instead.
 */
public final class SiteSymmetry {

    /** Copies closer than this (angstrom) are the same site; cctbx's min_distance_sym_equiv default. */
    public static final double DEFAULT_TOLERANCE = 0.5;

    /** Copies of a partially occupied atom closer than this (angstrom) still make it special. */
    public static final double EXACT_TOLERANCE = 0.01;

    private final int order;
    private final double[] exactSite;
    private final double distance;

    private SiteSymmetry(int order, double[] exactSite, double distance) {
        this.order = order;
        this.exactSite = exactSite;
        this.distance = distance;
    }

    /**
     * Applies the default rule: {@link #DEFAULT_TOLERANCE} for a fully occupied atom and
     * {@link #EXACT_TOLERANCE} for a partially occupied one.
     */
    public static SiteSymmetry of(double[] fractional, double occupancy, SpaceGroup group, CellGeometry cell) {
        return of(fractional, group, cell, occupancy >= 1.0 ? DEFAULT_TOLERANCE : EXACT_TOLERANCE);
    }

    /**
     * Finds the operators that map a site onto itself (modulo lattice translations) within
     * {@code tolerance} angstrom.
     *
     * @param fractional fractional coordinates of the site (not modified)
     */
    public static SiteSymmetry of(double[] fractional, SpaceGroup group, CellGeometry cell, double tolerance) {
        List<SymOp> operators = group.operators();
        double[] image = new double[3];
        double[] cartesian = new double[3];
        double[] sum = fractional.clone();
        int order = 1;
        for (SymOp op : operators.subList(1, operators.size())) {
            op.apply(fractional, image);
            double dx = image[0] - fractional[0];
            double dy = image[1] - fractional[1];
            double dz = image[2] - fractional[2];
            double sx = Math.rint(dx);
            double sy = Math.rint(dy);
            double sz = Math.rint(dz);
            cell.toCartesian(dx - sx, dy - sy, dz - sz, cartesian);
            double d2 = cartesian[0] * cartesian[0] + cartesian[1] * cartesian[1] + cartesian[2] * cartesian[2];
            if (d2 < tolerance * tolerance) {
                order++;
                sum[0] += image[0] - sx;
                sum[1] += image[1] - sy;
                sum[2] += image[2] - sz;
            }
        }
        double[] exact = {sum[0] / order, sum[1] / order, sum[2] / order};
        cell.toCartesian(exact[0] - fractional[0], exact[1] - fractional[1], exact[2] - fractional[2], cartesian);
        double shift = Math.sqrt(cartesian[0] * cartesian[0] + cartesian[1] * cartesian[1] + cartesian[2] * cartesian[2]);
        return new SiteSymmetry(order, exact, shift);
    }

    /** Number of operators that map the site onto itself, 1 for a general position. */
    public int order() {
        return order;
    }

    public boolean isSpecial() {
        return order > 1;
    }

    /** Weight of the atom in a sum over all operators: 1 / order. */
    public double weight() {
        return 1.0 / order;
    }

    /** Returns the site averaged over its site-symmetry copies, in fractional coordinates. */
    public double[] exactSite() {
        return exactSite.clone();
    }

    /** Distance in angstrom from the given site to the exact special position. */
    public double shift() {
        return distance;
    }
}
