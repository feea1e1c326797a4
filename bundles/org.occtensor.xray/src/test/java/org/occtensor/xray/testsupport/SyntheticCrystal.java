package org.occtensor.xray.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.occtensor.core.api.Atom;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.UnitCell;
import org.occtensor.core.spi.Reflections;
import org.occtensor.xray.api.ReflectionData;
import org.occtensor.xray.api.ReflectionReport;
import org.occtensor.xray.structure.CellGeometry;
import org.occtensor.xray.structure.ScatteringModel;
import org.occtensor.xray.symmetry.SpaceGroup;
import org.occtensor.xray.symmetry.SpaceGroupTable;

/**
 * A small random crystal for gradient checks: atoms scattered in the cell, and "observed" amplitudes
 * from the same atoms at other occupancies with 5% noise, every tenth reflection in the test set.
 */
public record SyntheticCrystal(AtomTable atoms, ReflectionData data) {

    /**
     * @param special when true, the first atom sits on the origin's 3-fold (or higher) axis at (0, 0, z)
     */
    public static SyntheticCrystal create(UnitCell cell, int atomCount, double dMin, long seed, boolean special) {
        Random random = new Random(seed);
        SpaceGroup group = SpaceGroupTable.get().require(cell.spaceGroup());
        CellGeometry geometry = CellGeometry.of(cell);
        AtomTable.Builder builder = AtomTable.builder("synthetic-" + seed).cell(cell);
        String[] elements = {"C", "N", "O", "S", "C", "C", "O"};
        double[] cartesian = new double[3];
        for (int i = 0; i < atomCount; i++) {
            double u = random.nextDouble();
            double v = random.nextDouble();
            double w = random.nextDouble();
            if (special && i == 0) {
                u = 0.0;
                v = 0.0;
            }
            geometry.toCartesian(u, v, w, cartesian);
            builder.add(new Atom(i + 1, "X" + i, ' ', "UNK", "A", 1 + i / 3, ' ', cartesian[0], cartesian[1],
                    cartesian[2], 1.0, 8 + 30 * random.nextDouble(), elements[i % elements.length], 0, false, 1, null,
                    i + 1));
        }
        AtomTable atoms = builder.build();
        int[] hkl = asymmetricUnit(group, geometry, dMin);

        double[] truth = new double[atomCount];
        for (int i = 0; i < atomCount; i++) {
            truth[i] = 0.3 + 0.7 * random.nextDouble();
        }
        ScatteringModel model = ScatteringModel.of(atoms, group, geometry);
        Reflections reflections = model.reflections(hkl);
        double[] real = new double[reflections.count()];
        double[] imag = new double[reflections.count()];
        Datasets.cpuBackend().structureFactors(model.scatteringAtoms(truth), reflections, model.symmetryOperators(),
                real, imag);
        int n = reflections.count();
        double[] fobs = new double[n];
        double[] sigma = new double[n];
        boolean[] free = new boolean[n];
        for (int r = 0; r < n; r++) {
            fobs[r] = Math.max(0.1, Math.hypot(real[r], imag[r]) * (1 + 0.05 * random.nextGaussian()));
            sigma[r] = 0.05 * fobs[r] + 0.1;
            free[r] = r % 10 == 0;
        }
        ReflectionReport report = new ReflectionReport("FOBS", "SIGFOBS", "FREE", "test set = every tenth row", false,
                false, n, 0, 0, 0, 0, "synthetic");
        return new SyntheticCrystal(atoms, new ReflectionData("synthetic-" + seed, cell, hkl, fobs, sigma, free,
                report));
    }

    /** Unique, not systematically absent reflections to {@code dMin}. */
    public static int[] asymmetricUnit(SpaceGroup group, CellGeometry cell, double dMin) {
        List<int[]> list = new ArrayList<>();
        int hMax = (int) Math.ceil(cell.a() / dMin);
        int kMax = (int) Math.ceil(cell.b() / dMin);
        int lMax = (int) Math.ceil(cell.c() / dMin);
        for (int h = -hMax; h <= hMax; h++) {
            for (int k = -kMax; k <= kMax; k++) {
                for (int l = -lMax; l <= lMax; l++) {
                    if ((h != 0 || k != 0 || l != 0) && cell.dSpacing(h, k, l) >= dMin && group.asu().contains(h, k, l)
                            && !group.isSystematicallyAbsent(h, k, l)) {
                        list.add(new int[] {h, k, l});
                    }
                }
            }
        }
        int[] hkl = new int[3 * list.size()];
        for (int i = 0; i < list.size(); i++) {
            System.arraycopy(list.get(i), 0, hkl, 3 * i, 3);
        }
        return hkl;
    }
}
