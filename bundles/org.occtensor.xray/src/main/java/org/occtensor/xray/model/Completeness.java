package org.occtensor.xray.model;

import org.occtensor.xray.scaling.ResolutionBins;
import org.occtensor.xray.structure.CellGeometry;
import org.occtensor.xray.symmetry.SpaceGroup;

/** Counts of the unique, not systematically absent reflections a resolution shell can hold. */
final class Completeness {

    private Completeness() {
    }

    /** Returns the number of possible reflections in each bin (by the bins' 1/d^2 limits, inclusive). */
    static int[] possiblePerBin(SpaceGroup group, CellGeometry cell, ResolutionBins bins) {
        int[] counts = new int[bins.count()];
        double low = bins.inverseDSquaredMin(0) * (1 - 1e-9);
        double high = bins.inverseDSquaredMax(bins.count() - 1) * (1 + 1e-9);
        double dMin = 1.0 / Math.sqrt(high);
        int hMax = (int) Math.ceil(cell.a() / dMin);
        int kMax = (int) Math.ceil(cell.b() / dMin);
        int lMax = (int) Math.ceil(cell.c() / dMin);
        for (int h = -hMax; h <= hMax; h++) {
            for (int k = -kMax; k <= kMax; k++) {
                for (int l = -lMax; l <= lMax; l++) {
                    double s = cell.inverseDSquared(h, k, l);
                    if (s < low || s > high || !group.asu().contains(h, k, l) || group.isSystematicallyAbsent(h, k, l)) {
                        continue;
                    }
                    counts[binOf(bins, s)]++;
                }
            }
        }
        return counts;
    }

    private static int binOf(ResolutionBins bins, double s) {
        for (int b = 0; b < bins.count() - 1; b++) {
            if (s <= bins.inverseDSquaredMax(b)) {
                return b;
            }
        }
        return bins.count() - 1;
    }
}
