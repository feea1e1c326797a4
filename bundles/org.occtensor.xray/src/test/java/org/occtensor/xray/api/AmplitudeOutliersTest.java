package org.occtensor.xray.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.occtensor.core.api.UnitCell;
import org.occtensor.xray.testsupport.Datasets;

/** Amplitudes far above their shell's RMS are reported; Wilson-distributed and real data are not. */
class AmplitudeOutliersTest {

    @ParameterizedTest
    @EnumSource(Datasets.class)
    void publishedDataHasNoOutliers(Datasets dataset) throws Exception {
        assertEquals(List.of(), AmplitudeOutliers.check(dataset.mtzData()));
    }

    @Test
    void wilsonDataHasNoOutliers() {
        assertEquals(List.of(), AmplitudeOutliers.check(wilsonData(new Random(3))));
    }

    @Test
    void hugeAmplitudesAreNamed() {
        ReflectionData data = wilsonData(new Random(4));
        data.fobs()[10] = 1e30;
        data.fobs()[500] = 1e29;

        List<String> warnings = AmplitudeOutliers.check(data);

        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("2 amplitudes are above 10 times"), warnings.get(0));
        int[] hkl = data.hkl();
        String worst = "F = 1.00000e+30 at " + hkl[30] + " " + hkl[31] + " " + hkl[32];
        assertTrue(warnings.get(0).contains(worst), warnings.get(0));
    }

    /** Acentric amplitudes with Wilson statistics (|complex Gaussian|) on a P1 grid of indices. */
    private static ReflectionData wilsonData(Random random) {
        int n = 3000;
        int[] hkl = new int[3 * n];
        double[] fobs = new double[n];
        double[] sigma = new double[n];
        int r = 0;
        for (int h = 1; r < n; h++) {
            for (int k = 0; k < 15 && r < n; k++) {
                for (int l = 0; l < 15 && r < n; l++) {
                    hkl[3 * r] = h;
                    hkl[3 * r + 1] = k;
                    hkl[3 * r + 2] = l;
                    fobs[r] = 100 * Math.hypot(random.nextGaussian(), random.nextGaussian());
                    sigma[r] = 1.0;
                    r++;
                }
            }
        }
        UnitCell cell = new UnitCell(50, 60, 70, 90, 90, 90, "P 1");
        return new ReflectionData("wilson.mtz", cell, hkl, fobs, sigma, new boolean[n],
                new ReflectionReport("F", "SIGF", null, "none", false, false, n, 0, 0));
    }
}
