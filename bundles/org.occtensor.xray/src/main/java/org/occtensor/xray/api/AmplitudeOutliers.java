package org.occtensor.xray.api;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.occtensor.xray.structure.CellGeometry;

/**
 * Amplitudes too large to be measurements: F above {@value #RMS_MULTIPLE} times the RMS amplitude of
 * its resolution shell. Under Wilson statistics the chance of that is exp(-100) for an acentric
 * reflection and smaller still for a centric one, so such values are typing or unit errors. They are
 * reported, not removed.
 */
public final class AmplitudeOutliers {

    /** Multiple of the shell's RMS amplitude above which an amplitude is reported. */
    public static final double RMS_MULTIPLE = 10.0;

    /** Reflections per resolution shell. */
    static final int SHELL_SIZE = 100;

    /** The median of F^2 over an acentric Wilson distribution is ln 2 times its mean. */
    private static final double MEDIAN_TO_MEAN = 1.0 / Math.log(2.0);

    private AmplitudeOutliers() {
    }

    /**
     * Returns one warning naming the count and the largest outlier, or an empty list. The RMS of each
     * shell is estimated from its median F^2, which the outliers themselves barely move.
     */
    public static List<String> check(ReflectionData data) {
        int n = data.size();
        if (n < SHELL_SIZE) {
            return List.of();
        }
        Integer[] order = byResolution(data);
        Found found = new Found();
        int shells = n / SHELL_SIZE;
        for (int shell = 0; shell < shells; shell++) {
            scanShell(data, order, (int) ((long) n * shell / shells), (int) ((long) n * (shell + 1) / shells), found);
        }
        return found.count == 0 ? List.of() : List.of(found.describe(data));
    }

    /** Returns the reflection indices sorted by 1/d^2, low resolution first. */
    private static Integer[] byResolution(ReflectionData data) {
        CellGeometry geometry = CellGeometry.of(data.cell());
        int[] hkl = data.hkl();
        double[] s2 = new double[data.size()];
        for (int r = 0; r < s2.length; r++) {
            s2[r] = geometry.inverseDSquared(hkl[3 * r], hkl[3 * r + 1], hkl[3 * r + 2]);
        }
        return IntStream.range(0, s2.length).boxed().sorted(Comparator.comparingDouble(r -> s2[r]))
                .toArray(Integer[]::new);
    }

    /** Adds the outliers among {@code order[from..to)}, one resolution shell, to {@code found}. */
    private static void scanShell(ReflectionData data, Integer[] order, int from, int to, Found found) {
        double[] fobs = data.fobs();
        double[] squares = new double[to - from];
        for (int i = from; i < to; i++) {
            squares[i - from] = fobs[order[i]] * fobs[order[i]];
        }
        Arrays.sort(squares);
        double rms = Math.sqrt(squares[squares.length / 2] * MEDIAN_TO_MEAN);

        for (int i = from; i < to; i++) {
            double ratio = fobs[order[i]] / rms;
            if (ratio > RMS_MULTIPLE) {
                found.add(order[i], ratio);
            }
        }
    }

    /** Outliers found so far: their count and the largest. */
    private static final class Found {
        int count;
        int worst = -1;
        double worstRatio;

        void add(int reflection, double ratio) {
            count++;
            if (ratio > worstRatio) {
                worstRatio = ratio;
                worst = reflection;
            }
        }

        String describe(ReflectionData data) {
            int[] hkl = data.hkl();
            return String.format(Locale.ROOT, "%s: %d amplitude%s above %.0f times the RMS amplitude of their"
                    + " resolution shell, which is not a measurement; the largest is F = %.6g at %d %d %d"
                    + " (%.3g times); check the data", data.source(), count, count == 1 ? " is" : "s are",
                    RMS_MULTIPLE, data.fobs()[worst], hkl[3 * worst], hkl[3 * worst + 1], hkl[3 * worst + 2],
                    worstRatio);
        }
    }
}
