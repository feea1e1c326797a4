package org.occtensor.xray.model;

import java.util.ArrayList;
import java.util.List;

import org.occtensor.xray.api.BinStatistics;
import org.occtensor.xray.scaling.ResolutionBins;
import org.occtensor.xray.structure.CellGeometry;
import org.occtensor.xray.symmetry.SpaceGroup;

/** R factors, correlations and the table by resolution bin. */
public final class Scoring {

    private Scoring() {
    }

    /** R = sum |F_obs - |F_model|| / sum F_obs over the selected reflections; NaN when none is selected. */
    /** R on the test set ({@code free}) or the work set of a fitted state. */
    public static double rFactor(ReflectionSet set, ModelState state, boolean free) {
        return rFactor(set.fobs(), state.fmodelAmplitudes(), set.free(), free);
    }

    /** The bin table of a fitted state in the scaling bins. */
    public static List<BinStatistics> binTable(ReflectionSet set, ModelState state, SpaceGroup group,
                                               CellGeometry cell) {
        int[] possible = Completeness.possiblePerBin(group, cell, set.bins());
        return binTable(set, state.fmodelAmplitudes(), state.scales().kMask(), possible);
    }

    static double rFactor(double[] fobs, double[] amplitude, boolean[] selection, boolean selected) {
        double num = 0.0;
        double den = 0.0;
        for (int r = 0; r < fobs.length; r++) {
            if (selection[r] == selected) {
                num += Math.abs(fobs[r] - amplitude[r]);
                den += fobs[r];
            }
        }
        return den > 0 ? num / den : Double.NaN;
    }

    static List<BinStatistics> binTable(ReflectionSet set, double[] amplitude, double[] kMask, int[] possible) {
        ResolutionBins bins = set.bins();
        int count = bins.count();
        double[][] sums = new double[count][4];
        int[] nWork = new int[count];
        int[] nFree = new int[count];
        double[] maskSum = new double[count];
        Correlation[] work = new Correlation[count];
        Correlation[] free = new Correlation[count];
        for (int b = 0; b < count; b++) {
            work[b] = new Correlation();
            free[b] = new Correlation();
        }
        for (int r = 0; r < set.size(); r++) {
            int b = bins.binOf(r);
            double fo = set.fobs()[r];
            double difference = Math.abs(fo - amplitude[r]);
            maskSum[b] += kMask[r];
            if (set.free()[r]) {
                nFree[b]++;
                sums[b][2] += difference;
                sums[b][3] += fo;
                free[b].add(fo, amplitude[r]);
            } else {
                nWork[b]++;
                sums[b][0] += difference;
                sums[b][1] += fo;
                work[b].add(fo, amplitude[r]);
            }
        }
        List<BinStatistics> table = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            int measured = nWork[b] + nFree[b];
            double completeness = possible[b] > 0 ? Math.min(1.0, measured / (double) possible[b]) : Double.NaN;
            table.add(new BinStatistics(bins.dMax(b), bins.dMin(b), nWork[b], nFree[b], completeness,
                    sums[b][1] > 0 ? sums[b][0] / sums[b][1] : Double.NaN,
                    sums[b][3] > 0 ? sums[b][2] / sums[b][3] : Double.NaN,
                    work[b].value(), free[b].value(), measured > 0 ? maskSum[b] / measured : 0.0));
        }
        return table;
    }

    /** Running Pearson correlation. */
    private static final class Correlation {
        private int n;
        private double sx;
        private double sy;
        private double sxx;
        private double syy;
        private double sxy;

        void add(double x, double y) {
            n++;
            sx += x;
            sy += y;
            sxx += x * x;
            syy += y * y;
            sxy += x * y;
        }

        double value() {
            if (n < 2) {
                return Double.NaN;
            }
            double cov = sxy - sx * sy / n;
            double vx = sxx - sx * sx / n;
            double vy = syy - sy * sy / n;
            return vx > 0 && vy > 0 ? cov / Math.sqrt(vx * vy) : Double.NaN;
        }
    }
}
