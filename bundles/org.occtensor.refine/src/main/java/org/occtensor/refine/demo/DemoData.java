package org.occtensor.refine.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.UnitCell;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.xray.api.MtzColumn;
import org.occtensor.xray.api.MtzWriter;
import org.occtensor.xray.structure.CellGeometry;
import org.occtensor.xray.structure.ScatteringModel;
import org.occtensor.xray.symmetry.SpaceGroup;
import org.occtensor.xray.symmetry.SpaceGroupTable;

/**
 * Simulated measurements for the demo: |Fcalc| of the true model by direct summation, with 2%
 * Gaussian noise from a fixed seed, and a CCP4-style free set (flag 0 on one reflection in twenty).
 */
public final class DemoData {

    /** High-resolution limit of the simulated data, in angstrom. */
    public static final double D_MIN = 1.6;
    private static final double NOISE = 0.02;
    private static final long SEED = 20261204L;

    private DemoData() {
    }

    /** Computes the data from {@code truth} and writes it as an MTZ file with FP, SIGFP and FreeR_flag. */
    public static int write(AtomTable truth, ComputeBackend backend, Path mtz) throws IOException {
        UnitCell cell = truth.cell().orElseThrow(() -> new IllegalStateException("demo model has no cell"));
        SpaceGroup group = SpaceGroupTable.get().require(cell.spaceGroup());
        CellGeometry geometry = CellGeometry.of(cell);
        int[] hkl = uniqueReflections(group, geometry);
        int n = hkl.length / 3;

        ScatteringModel model = ScatteringModel.of(truth, group, geometry);
        double[] real = new double[n];
        double[] imag = new double[n];
        backend.structureFactors(model.scatteringAtoms(truth.occupancies()), model.reflections(hkl),
                model.symmetryOperators(), real, imag);

        Random random = new Random(SEED);
        float[] f = new float[n];
        float[] sigma = new float[n];
        float[] free = new float[n];
        for (int r = 0; r < n; r++) {
            double amplitude = Math.hypot(real[r], imag[r]);
            double s = NOISE * amplitude + 0.5;
            f[r] = (float) Math.max(0.1, amplitude + s * random.nextGaussian());
            sigma[r] = (float) s;
            free[r] = random.nextInt(20);
        }
        MtzWriter.write(mtz, cell, hkl, List.of(new MtzColumn("FP", 'F', f), new MtzColumn("SIGFP", 'Q', sigma),
                new MtzColumn("FreeR_flag", 'I', free)));
        return n;
    }

    /** Every reflection of the reciprocal asymmetric unit to {@link #D_MIN}, except systematic absences. */
    static int[] uniqueReflections(SpaceGroup group, CellGeometry cell) {
        int hMax = (int) Math.ceil(cell.a() / D_MIN);
        int kMax = (int) Math.ceil(cell.b() / D_MIN);
        int lMax = (int) Math.ceil(cell.c() / D_MIN);
        double limit = 1.0 / (D_MIN * D_MIN);
        List<int[]> kept = new ArrayList<>();
        for (int h = -hMax; h <= hMax; h++) {
            for (int k = -kMax; k <= kMax; k++) {
                for (int l = -lMax; l <= lMax; l++) {
                    if ((h | k | l) == 0 || cell.inverseDSquared(h, k, l) > limit) {
                        continue;
                    }
                    if (group.asu().contains(h, k, l) && !group.isSystematicallyAbsent(h, k, l)) {
                        kept.add(new int[] {h, k, l});
                    }
                }
            }
        }
        int[] hkl = new int[3 * kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            System.arraycopy(kept.get(i), 0, hkl, 3 * i, 3);
        }
        return hkl;
    }
}
