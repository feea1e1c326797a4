package org.occtensor.xray.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.spi.Reflections;
import org.occtensor.core.spi.ScatteringAtoms;
import org.occtensor.core.spi.SymmetryOperators;
import org.occtensor.xray.scattering.FormFactor;
import org.occtensor.xray.scattering.FormFactorTable;
import org.occtensor.xray.symmetry.SpaceGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An atom table prepared for structure-factor sums: fractional coordinates, U* for anisotropic atoms,
 * one scattering type per distinct element and charge, and the special-position weight of every atom.
 *
 * <p>Occupancies stay outside: {@link #scatteringAtoms(double[])} combines the caller's per-atom
 * occupancies with the site weights, so a target's gradient with respect to the file occupancy is
 * the kernel's occupancy gradient times {@link #siteWeight(int)}.
 */
public final class ScatteringModel {

    private static final Logger LOG = LoggerFactory.getLogger(ScatteringModel.class);

    private final String source;
    private final SpaceGroup group;
    private final CellGeometry cell;
    private final int count;
    private final double[] fractional;
    private final double[] bIso;
    private final double[] uStar;
    private final int[] type;
    private final List<FormFactor> types;
    private final double[] siteWeight;

    private ScatteringModel(String source, SpaceGroup group, CellGeometry cell, int count, double[] fractional,
                            double[] bIso, double[] uStar, int[] type, List<FormFactor> types, double[] siteWeight) {
        this.source = source;
        this.group = group;
        this.cell = cell;
        this.count = count;
        this.fractional = fractional;
        this.bIso = bIso;
        this.uStar = uStar;
        this.type = type;
        this.types = List.copyOf(types);
        this.siteWeight = siteWeight;
    }

    /**
     * Prepares every atom of the table, hydrogens included, weighting atoms on special positions by the
     * rule of {@link SiteSymmetry#of(double[], double, SpaceGroup, CellGeometry)} applied to the file's
     * occupancies.
     *
     * @throws IllegalArgumentException naming the atom when its element has no form factor
     */
    public static ScatteringModel of(AtomTable atoms, SpaceGroup group, CellGeometry cell) {
        return of(atoms, group, cell, true);
    }

    /**
     * Prepares every atom; {@code weightSpecialPositions = false} gives every atom weight 1 and moves
     * none, which is what a program that ignores special positions computes.
     */
    public static ScatteringModel of(AtomTable atoms, SpaceGroup group, CellGeometry cell,
                                     boolean weightSpecialPositions) {
        int n = atoms.size();
        double[] fractional = new double[3 * n];
        double[] bIso = new double[n];
        double[] uStar = null;
        int[] type = new int[n];
        double[] siteWeight = new double[n];
        Map<String, Integer> typeIndex = new LinkedHashMap<>();
        List<FormFactor> types = new ArrayList<>();
        double[] site = new double[3];
        int special = 0;
        for (int i = 0; i < n; i++) {
            cell.toFractional(atoms.x(i), atoms.y(i), atoms.z(i), site);
            siteWeight[i] = 1.0;
            if (weightSpecialPositions) {
                SiteSymmetry symmetry = SiteSymmetry.of(site, atoms.occupancy(i), group, cell);
                if (symmetry.isSpecial()) {
                    special++;
                    siteWeight[i] = symmetry.weight();
                    site = symmetry.exactSite();
                    LOG.info("{}: atom {} lies on a special position (site symmetry order {}, moved {} A); weight 1/{}",
                            atoms.source(), atoms.label(i), symmetry.order(), String.format("%.3f", symmetry.shift()),
                            symmetry.order());
                }
            }
            System.arraycopy(site, 0, fractional, 3 * i, 3);
            bIso[i] = atoms.bFactor(i);
            if (atoms.hasAnisoU(i)) {
                if (uStar == null) {
                    uStar = new double[6 * n];
                    Arrays.fill(uStar, Double.NaN);
                }
                System.arraycopy(cell.uStarFromCartesian(atoms.anisoU(i)), 0, uStar, 6 * i, 6);
            }
            type[i] = typeOf(atoms, i, typeIndex, types);
        }
        if (special > 0) {
            LOG.info("{}: {} atoms on special positions", atoms.source(), special);
        }
        return new ScatteringModel(atoms.source(), group, cell, n, fractional, bIso, uStar, type, types, siteWeight);
    }

    private static int typeOf(AtomTable atoms, int i, Map<String, Integer> typeIndex, List<FormFactor> types) {
        FormFactor factor;
        try {
            factor = FormFactorTable.get().forElement(atoms.element(i), atoms.charge(i));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(atoms.source() + " line " + atoms.sourceLine(i) + ", atom "
                    + atoms.label(i) + ": " + e.getMessage(), e);
        }
        return typeIndex.computeIfAbsent(factor.label(), key -> {
            types.add(factor);
            return types.size() - 1;
        });
    }

    public String source() {
        return source;
    }

    public SpaceGroup spaceGroup() {
        return group;
    }

    public CellGeometry cell() {
        return cell;
    }

    public int atomCount() {
        return count;
    }

    /** Scattering types in index order. */
    public List<FormFactor> types() {
        return types;
    }

    public int typeOf(int atom) {
        return type[atom];
    }

    /** 1 for a general position, 1/order on a special position. */
    public double siteWeight(int atom) {
        return siteWeight[atom];
    }

    /** Returns fractional coordinates (after moving special-position atoms), 3 per atom. */
    public double[] fractional() {
        return fractional.clone();
    }

    public double bIso(int atom) {
        return bIso[atom];
    }

    /** True when atom has an anisotropic U. */
    public boolean isAnisotropic(int atom) {
        return uStar != null && !Double.isNaN(uStar[6 * atom]);
    }

    /** Returns U* of the atom (U11, U22, U33, U12, U13, U23), or null for an isotropic atom. */
    public double[] uStar(int atom) {
        return isAnisotropic(atom) ? Arrays.copyOfRange(uStar, 6 * atom, 6 * atom + 6) : null;
    }

    public SymmetryOperators symmetryOperators() {
        return group.symmetryOperators();
    }

    /**
     * Returns all atoms for the kernels with occupancy {@code occupancies[a] * siteWeight(a)}.
     *
     * @param occupancies one per atom (not modified)
     */
    public ScatteringAtoms scatteringAtoms(double[] occupancies) {
        if (occupancies.length != count) {
            throw new IllegalArgumentException("expected " + count + " occupancies, got " + occupancies.length);
        }
        double[] weighted = new double[count];
        for (int a = 0; a < count; a++) {
            weighted[a] = occupancies[a] * siteWeight[a];
        }
        return new ScatteringAtoms(count, fractional, weighted, bIso, uStar, type);
    }

    /**
     * Returns a subset of atoms for the kernels with occupancy {@code siteWeight(a)} each, so the sum is
     * the structure factor per unit occupancy of the subset (a group's partial structure factor).
     *
     * @param atoms indices into this model
     */
    public ScatteringAtoms unitOccupancySubset(int[] atoms) {
        int n = atoms.length;
        double[] xyz = new double[3 * n];
        double[] occupancy = new double[n];
        double[] b = new double[n];
        double[] u = uStar == null ? null : new double[6 * n];
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            int a = atoms[i];
            System.arraycopy(fractional, 3 * a, xyz, 3 * i, 3);
            occupancy[i] = siteWeight[a];
            b[i] = bIso[a];
            if (u != null) {
                System.arraycopy(uStar, 6 * a, u, 6 * i, 6);
            }
            t[i] = type[a];
        }
        return new ScatteringAtoms(n, xyz, occupancy, b, u, t);
    }

    /** Prepares reflections: (sin theta / lambda)^2 and f0 of every type for each index. */
    public Reflections reflections(int[] hkl) {
        int n = hkl.length / 3;
        double[] stol2 = new double[n];
        for (int r = 0; r < n; r++) {
            stol2[r] = cell.stol2(hkl[3 * r], hkl[3 * r + 1], hkl[3 * r + 2]);
        }
        double[] f0 = new double[types.size() * n];
        for (int t = 0; t < types.size(); t++) {
            FormFactor factor = types.get(t);
            for (int r = 0; r < n; r++) {
                f0[t * n + r] = factor.value(stol2[r]);
            }
        }
        return new Reflections(n, hkl.clone(), stol2, types.size(), f0);
    }
}
