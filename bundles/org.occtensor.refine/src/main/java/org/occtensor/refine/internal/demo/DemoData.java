package org.occtensor.refine.internal.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.UnitCell;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.xray.api.MtzColumn;
import org.occtensor.xray.api.MtzWriter;
import org.occtensor.xray.api.SimulatedData;
import org.occtensor.xray.api.StructureFactorArrays;

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
        int[] hkl = SimulatedData.uniqueReflections(cell, D_MIN);
        StructureFactorArrays fcalc = SimulatedData.fcalc(truth, hkl, backend);
        int n = fcalc.size();

        Random random = new Random(SEED);
        float[] f = new float[n];
        float[] sigma = new float[n];
        float[] free = new float[n];
        for (int r = 0; r < n; r++) {
            double amplitude = fcalc.amplitude(r);
            double s = NOISE * amplitude + 0.5;
            f[r] = (float) Math.max(0.1, amplitude + s * random.nextGaussian());
            sigma[r] = (float) s;
            free[r] = random.nextInt(20);
        }
        MtzWriter.write(mtz, cell, hkl, List.of(new MtzColumn("FP", 'F', f), new MtzColumn("SIGFP", 'Q', sigma),
                new MtzColumn("FreeR_flag", 'I', free)));
        return n;
    }
}
