package org.occtensor.xray.solvent;

import java.util.Arrays;

import org.occtensor.xray.structure.CellGeometry;
import org.occtensor.xray.structure.DensityGrid;

/**
 * Structure factors of a solvent mask, F_mask(h) = integral over the solvent region of
 * exp(2 pi i h.x), by one FFT of the 0/1 grid.
 */
public final class MaskStructureFactors {

    /**
     * High-resolution limit of F_mask in angstrom, cctbx's Fmask_res_high default: beyond it the flat
     * model carries no useful signal and F_mask is set to 0.
     */
    public static final double DEFAULT_HIGH_RESOLUTION_LIMIT = 3.0;

    private MaskStructureFactors() {
    }

    /**
     * Writes F_mask for every reflection with d >= {@code dLimit} and 0 for the others, overwriting
     * {@code real} and {@code imag}.
     */
    public static void compute(SolventMask mask, CellGeometry cell, int[] hkl, double dLimit, double[] real,
                               double[] imag) {
        int n = hkl.length / 3;
        Arrays.fill(real, 0, n, 0.0);
        Arrays.fill(imag, 0, n, 0.0);
        DensityGrid grid = new DensityGrid(mask.size());
        for (int index = 0; index < grid.points(); index++) {
            if (mask.isSolvent(index)) {
                grid.set(index, 1.0);
            }
        }
        grid.transform();

        double limit = 1.0 / (dLimit * dLimit);
        double[] coefficient = new double[2];
        for (int r = 0; r < n; r++) {
            int h = hkl[3 * r];
            int k = hkl[3 * r + 1];
            int l = hkl[3 * r + 2];
            if (cell.inverseDSquared(h, k, l) > limit) {
                continue;
            }
            grid.coefficient(h, k, l, cell.volume(), coefficient);
            real[r] = coefficient[0];
            imag[r] = coefficient[1];
        }
    }
}
