package org.occtensor.core.internal.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.occtensor.core.spi.ConformerLayout;
import org.occtensor.core.spi.ExpansionIndex;

/** Each op of the CPU backend: values by hand, adjoints by central differences or the dot-product test. */
class CpuBackendTest {

    private static final double STEP = 1e-6;
    private final CpuBackend backend = new CpuBackend();

    @Test
    void gatherAndSegmentSumByHand() {
        ExpansionIndex index = backend.prepareExpansion(new int[] {2, 0, 2, 1, 0}, 3);
        double[] atoms = new double[5];
        backend.gather(index, new double[] {10, 20, 30}, atoms);
        assertArrayEquals(new double[] {30, 10, 30, 20, 10}, atoms);

        double[] sums = new double[3];
        backend.segmentSum(index, new double[] {1, 2, 3, 4, 5}, sums);
        assertArrayEquals(new double[] {7, 4, 4}, sums);
        assertArrayEquals(new int[] {0, 2, 3, 5}, index.segmentOffsets());
    }

    @Test
    void segmentSumIsAdjointOfGatherOnLargeInput() {
        int atoms = 300_000;
        int groups = 37_000;
        Random random = new Random(3);
        int[] groupOf = new int[atoms];
        for (int a = 0; a < atoms; a++) {
            groupOf[a] = a < groups ? a : random.nextInt(groups);
        }
        ExpansionIndex index = backend.prepareExpansion(groupOf, groups);
        double[] x = gaussian(groups, random);
        double[] y = gaussian(atoms, random);
        double[] gx = new double[atoms];
        double[] sy = new double[groups];
        backend.gather(index, x, gx);
        backend.segmentSum(index, y, sy);

        assertEquals(dot(gx, y), dot(x, sy), 1e-8 * atoms);
    }

    @Test
    void float32SegmentSumIsBitIdenticalAcrossRuns() {
        int atoms = 1_000_000;
        Random random = new Random(4);
        int[] groupOf = new int[atoms];
        for (int a = 0; a < atoms; a++) {
            groupOf[a] = random.nextInt(5000);
        }
        ExpansionIndex index = backend.prepareExpansion(groupOf, 5000);
        float[] values = new float[atoms];
        for (int a = 0; a < atoms; a++) {
            values[a] = (float) random.nextGaussian();
        }
        float[] first = new float[5000];
        float[] second = new float[5000];
        backend.segmentSum(index, values, first);
        backend.segmentSum(index, values, second);

        assertArrayEquals(first, second);
    }

    @Test
    void sigmoidBackwardMatchesCentralDifferences() {
        double[] z = {-30, -2, -0.5, 0, 0.3, 4, 30};
        double[] q = new double[z.length];
        double[] dq = gaussian(z.length, new Random(5));
        double[] dz = new double[z.length];
        backend.sigmoid(z, q, z.length);
        backend.sigmoidBackward(q, dq, dz, z.length);

        for (int i = 0; i < z.length; i++) {
            double[] up = {z[i] + STEP};
            double[] down = {z[i] - STEP};
            double[] qu = new double[1];
            double[] qd = new double[1];
            backend.sigmoid(up, qu, 1);
            backend.sigmoid(down, qd, 1);
            assertEquals(dq[i] * (qu[0] - qd[0]) / (2 * STEP), dz[i], 1e-8, "z = " + z[i]);
        }
    }

    @Test
    void conformerSoftmaxValuesByHand() {
        ConformerLayout layout = backend.prepareConformers(5, new int[] {0, 2, 4}, new int[] {0, 1, 3, 4},
                new boolean[] {false, true}, new double[] {1.0, 0.8});
        double[] z = {0.0, Math.log(3), 0.0, Math.log(2), Math.log(1)};
        double[] q = {9, 9, 9, 9, 9};
        backend.conformerSoftmax(layout, z, q);

        assertEquals(0.25, q[0], 1e-12);
        assertEquals(0.75, q[1], 1e-12);
        assertEquals(9.0, q[2], 0.0, "groups outside sets are untouched");
        assertEquals(0.8 * 2 / 4, q[3], 1e-12, "partial set: vacancy logit 0 joins the denominator");
        assertEquals(0.8 * 1 / 4, q[4], 1e-12);
    }

    @Test
    void conformerSoftmaxBackwardMatchesCentralDifferences() {
        ConformerLayout layout = backend.prepareConformers(6, new int[] {0, 3, 5}, new int[] {0, 1, 2, 4, 5},
                new boolean[] {false, true}, new double[] {0.9, 0.7});
        Random random = new Random(6);
        double[] z = gaussian(6, random);
        double[] dq = gaussian(6, random);
        double[] q = new double[6];
        double[] dz = new double[6];
        backend.conformerSoftmax(layout, z, q);
        backend.conformerSoftmaxBackward(layout, q, dq, dz);

        for (int j : new int[] {0, 1, 2, 4, 5}) {
            double[] up = z.clone();
            double[] down = z.clone();
            up[j] += STEP;
            down[j] -= STEP;
            double[] qu = new double[6];
            double[] qd = new double[6];
            backend.conformerSoftmax(layout, up, qu);
            backend.conformerSoftmax(layout, down, qd);
            double numeric = 0.0;
            for (int i : new int[] {0, 1, 2, 4, 5}) {
                numeric += dq[i] * (qu[i] - qd[i]) / (2 * STEP);
            }
            assertEquals(numeric, dz[j], 1e-8, "logit " + j);
        }
    }

    @Test
    void float32ConformerOpsAgreeWithFloat64() {
        ConformerLayout layout = backend.prepareConformers(4, new int[] {0, 2, 4}, new int[] {0, 1, 2, 3},
                new boolean[] {false, true}, new double[] {1.0, 1.0});
        double[] z = {0.2, -1.1, 0.7, 0.4};
        double[] dq = {0.3, -0.8, 1.2, 0.5};
        double[] q = new double[4];
        double[] dz = new double[4];
        float[] q32 = new float[4];
        float[] dz32 = new float[4];
        backend.conformerSoftmax(layout, z, q);
        backend.conformerSoftmax(layout, toFloat(z), q32);
        backend.conformerSoftmaxBackward(layout, q, dq, dz);
        backend.conformerSoftmaxBackward(layout, q32, toFloat(dq), dz32);

        for (int i = 0; i < 4; i++) {
            assertEquals(q[i], q32[i], 1e-6);
            assertEquals(dz[i], dz32[i], 1e-6);
        }
    }

    @Test
    void rowDotIsAdjointOfWeightedRowSum() {
        Random random = new Random(7);
        int rows = 13;
        int cols = 70_001;
        double[] matrix = gaussian(rows * cols, random);
        double[] w = gaussian(rows, random);
        double[] v = gaussian(cols, random);
        double[] combined = new double[cols];
        double[] projected = new double[rows];
        backend.weightedRowSum(matrix, rows, cols, w, combined);
        backend.rowDot(matrix, rows, cols, v, projected);

        assertEquals(dot(combined, v), dot(w, projected), 1e-8 * cols);
        double expected = 0.0;
        for (int r = 0; r < rows; r++) {
            expected += w[r] * matrix[r * cols + 5];
        }
        assertEquals(expected, combined[5], 1e-12);
    }

    @Test
    void emptyInputsAreHandled() {
        ExpansionIndex index = backend.prepareExpansion(new int[0], 0);
        backend.gather(index, new float[0], new float[0]);
        backend.segmentSum(index, new float[0], new float[0]);
        backend.sigmoid(new float[0], new float[0], 0);
        ConformerLayout layout = backend.prepareConformers(0, new int[] {0}, new int[0], new boolean[0], new double[0]);
        backend.conformerSoftmax(layout, new double[0], new double[0]);
        assertEquals(0, index.atomCount());
    }

    private static double[] gaussian(int n, Random random) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian();
        }
        return x;
    }

    private static float[] toFloat(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = (float) x[i];
        }
        return f;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0.0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
