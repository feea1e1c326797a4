package org.occtensor.xray.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.occtensor.core.api.Atom;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.UnitCell;
import org.occtensor.xray.api.ReflectionData;
import org.occtensor.xray.api.ReflectionReport;
import org.occtensor.xray.structure.CellGeometry;
import org.occtensor.xray.symmetry.SpaceGroup;
import org.occtensor.xray.symmetry.SymOp;

/**
 * Expands a model and its data to P 1: every symmetry copy of every atom (copies that coincide within
 * 0.01 A, as on special positions, kept once) and every symmetry-equivalent reflection in the P 1
 * asymmetric unit with the amplitude, sigma and flag of its unique reflection.
 */
public final class P1Expansion {

    private static final double SAME_SITE = 0.01;

    private P1Expansion() {
    }

    public static AtomTable atoms(AtomTable atoms, SpaceGroup group) {
        UnitCell cell = atoms.cell().orElseThrow();
        CellGeometry geometry = CellGeometry.of(cell);
        AtomTable.Builder builder = AtomTable.builder(atoms.source() + " in P 1").cell(new UnitCell(cell.a(), cell.b(),
                cell.c(), cell.alpha(), cell.beta(), cell.gamma(), "P 1"));
        double[] site = new double[3];
        double[] image = new double[3];
        double[] cartesian = new double[3];
        for (int a = 0; a < atoms.size(); a++) {
            geometry.toFractional(atoms.x(a), atoms.y(a), atoms.z(a), site);
            List<double[]> placed = new ArrayList<>();
            for (SymOp op : group.operators()) {
                op.apply(site, image);
                if (coincides(image, placed, geometry)) {
                    continue;
                }
                placed.add(image.clone());
                geometry.toCartesian(image[0], image[1], image[2], cartesian);
                double[] u = atoms.hasAnisoU(a) ? rotate(atoms.anisoU(a), op, geometry) : null;
                builder.add(new Atom(atoms.serial(a), atoms.name(a), atoms.altloc(a), atoms.residueName(a),
                        atoms.chainId(a), atoms.residueNumber(a), atoms.insertionCode(a), cartesian[0], cartesian[1],
                        cartesian[2], atoms.occupancy(a), atoms.bFactor(a), atoms.element(a), atoms.charge(a),
                        atoms.isHetero(a), atoms.model(a), u, atoms.sourceLine(a)));
            }
        }
        return builder.build();
    }

    public static ReflectionData data(ReflectionData data, SpaceGroup group) {
        List<int[]> hkl = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < data.size(); r++) {
            for (List<Integer> image : images(data.hkl()[3 * r], data.hkl()[3 * r + 1], data.hkl()[3 * r + 2], group)) {
                hkl.add(new int[] {image.get(0), image.get(1), image.get(2)});
                rows.add(r);
            }
        }
        int n = hkl.size();
        int[] indices = new int[3 * n];
        double[] fobs = new double[n];
        double[] sigma = new double[n];
        boolean[] free = new boolean[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(hkl.get(i), 0, indices, 3 * i, 3);
            fobs[i] = data.fobs()[rows.get(i)];
            sigma[i] = data.sigma()[rows.get(i)];
            free[i] = data.free()[rows.get(i)];
        }
        UnitCell cell = data.cell();
        ReflectionReport report = data.report();
        return new ReflectionData(data.source() + " in P 1", new UnitCell(cell.a(), cell.b(), cell.c(), cell.alpha(),
                cell.beta(), cell.gamma(), "P 1"), indices, fobs, sigma, free, report);
    }

    /** Number of distinct equivalents of h in the P 1 asymmetric unit. */
    public static int copies(int h, int k, int l, SpaceGroup group) {
        return images(h, k, l, group).size();
    }

    private static Set<List<Integer>> images(int h, int k, int l, SpaceGroup group) {
        SpaceGroup p1 = SpaceGroup.p1();
        Set<List<Integer>> images = new LinkedHashSet<>();
        for (SymOp op : group.cosetOperators()) {
            int[] image = op.applyToIndex(h, k, l);
            int[] reduced = p1.asu().toAsu(image[0], image[1], image[2]);
            images.add(List.of(reduced[0], reduced[1], reduced[2]));
        }
        return images;
    }

    private static boolean coincides(double[] image, List<double[]> placed, CellGeometry geometry) {
        double[] cartesian = new double[3];
        for (double[] other : placed) {
            double dx = image[0] - other[0];
            double dy = image[1] - other[1];
            double dz = image[2] - other[2];
            geometry.toCartesian(dx - Math.rint(dx), dy - Math.rint(dy), dz - Math.rint(dz), cartesian);
            if (Math.sqrt(cartesian[0] * cartesian[0] + cartesian[1] * cartesian[1] + cartesian[2] * cartesian[2])
                    < SAME_SITE) {
                return true;
            }
        }
        return false;
    }

    /** U_cart of the copy: M U M^T with M = O R O^-1, the operator's rotation in Cartesian axes. */
    private static double[] rotate(double[] u, SymOp op, CellGeometry geometry) {
        double[] o = geometry.orthogonalisation();
        double[] f = geometry.fractionalisation();
        double[] m = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double sum = 0;
                for (int p = 0; p < 3; p++) {
                    for (int q = 0; q < 3; q++) {
                        sum += o[3 * i + p] * op.rotation(p, q) * f[3 * q + j];
                    }
                }
                m[3 * i + j] = sum;
            }
        }
        double[] full = {u[0], u[3], u[4], u[3], u[1], u[5], u[4], u[5], u[2]};
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double sum = 0;
                for (int p = 0; p < 3; p++) {
                    for (int q = 0; q < 3; q++) {
                        sum += m[3 * i + p] * full[3 * p + q] * m[3 * j + q];
                    }
                }
                r[3 * i + j] = sum;
            }
        }
        return new double[] {r[0], r[4], r[8], r[1], r[2], r[5]};
    }
}
