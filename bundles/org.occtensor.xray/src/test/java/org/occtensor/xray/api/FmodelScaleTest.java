package org.occtensor.xray.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.occtensor.xray.data.MtzFile;
import org.occtensor.xray.data.MtzParser;
import org.occtensor.xray.testsupport.Datasets;

/**
 * F_model as XrayModel returns it is on the scale of F_obs: R computed directly from fobs() and
 * fmodel() is the model's R-work and R-free, for the published MTZ files read as the command line
 * reads them.
 */
class FmodelScaleTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Datasets.class)
    void fmodelGivesModelRFactors(Datasets dataset) throws Exception {
        XrayModel model = XrayModel.create(dataset.atoms(), dataset.mtzData(), Datasets.cpuBackend());
        double[] fobs = model.fobs();
        boolean[] free = model.free();
        double[] fmodel = amplitudes(model.fmodel());
        double[] fcalc = amplitudes(model.fcalc());

        double rWork = rFactor(fobs, fmodel, free, false);
        double rFree = rFactor(fobs, fmodel, free, true);
        double scale = sum(fobs, free) / sum(fmodel, free);
        System.out.printf("%s: R-work %.6f (direct %.6f), R-free %.6f (direct %.6f), sum F_obs / sum |F_model| %.4f,"
                + " sum F_obs / sum |F_calc| %.4f%n", dataset.folder(), model.rWork(), rWork, model.rFree(), rFree,
                scale, sum(fobs, free) / sum(fcalc, free));
        assertEquals(model.rWork(), rWork, 1e-12, "R-work from fobs() and fmodel()");
        assertEquals(model.rFree(), rFree, 1e-12, "R-free from fobs() and fmodel()");
        assertTrue(model.rWork() < 0.25, "R-work " + model.rWork());
        assertEquals(1.0, scale, 0.05, "sum F_obs / sum |F_model| over the work set");
    }

    /** The FMODEL column as the fcalc command writes it reproduces R-work to float precision. */
    @Test
    void fmodelColumnGivesRWork() throws Exception {
        XrayModel model = XrayModel.create(Datasets.BDW.atoms(), Datasets.BDW.mtzData(), Datasets.cpuBackend());
        StructureFactorArrays fmodel = model.fmodel();
        float[] values = new float[fmodel.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = (float) fmodel.amplitude(r);
        }
        Path file = folder.resolve("fmodel.mtz");
        MtzWriter.write(file, model.cell(), fmodel.hkl(), List.of(new MtzColumn("FMODEL", 'F', values)));

        MtzFile mtz = MtzParser.parse(file, Files.readAllBytes(file));
        int column = mtz.columnIndex("FMODEL");
        double[] read = new double[mtz.rows()];
        for (int r = 0; r < read.length; r++) {
            for (int axis = 0; axis < 3; axis++) {
                assertEquals(model.hkl()[3 * r + axis], (int) mtz.value(r, axis), "index " + axis + " of row " + r);
            }
            read[r] = mtz.value(r, column);
        }

        assertEquals(model.reflectionCount(), mtz.rows());
        assertEquals(model.rWork(), rFactor(model.fobs(), read, model.free(), false), 1e-6);
        assertEquals(model.rFree(), rFactor(model.fobs(), read, model.free(), true), 1e-6);
    }

    private static double[] amplitudes(StructureFactorArrays f) {
        double[] a = new double[f.size()];
        for (int r = 0; r < a.length; r++) {
            a[r] = f.amplitude(r);
        }
        return a;
    }

    /** Returns the sum of {@code values} over the work set. */
    private static double sum(double[] values, boolean[] free) {
        double total = 0.0;
        for (int r = 0; r < values.length; r++) {
            if (!free[r]) {
                total += values[r];
            }
        }
        return total;
    }

    /** R = sum |F_obs - F| / sum F_obs over the test set ({@code test} true) or the work set. */
    private static double rFactor(double[] fobs, double[] f, boolean[] free, boolean test) {
        double difference = 0.0;
        double total = 0.0;
        for (int r = 0; r < fobs.length; r++) {
            if (free[r] == test) {
                difference += Math.abs(fobs[r] - f[r]);
                total += fobs[r];
            }
        }
        return difference / total;
    }
}
