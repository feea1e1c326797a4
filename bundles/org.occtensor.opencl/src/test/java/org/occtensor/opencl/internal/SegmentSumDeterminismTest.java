package org.occtensor.opencl.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.occtensor.core.spi.ExpansionIndex;

/** Segment sums give bit-identical group sums on every run, with groups of very different sizes. */
class SegmentSumDeterminismTest {

    private static final int RUNS = 20;

    private final OpenClBackend openCl = OpenClTestSupport.sharedBackend();

    @Test
    void floatSumsBitIdenticalAcrossRuns() {
        SplittableRandom random = TestData.random(41);
        int atoms = 200_000;
        int[] groupOf = skewedGroups(atoms, random);
        float[] atomValues = TestData.floats(atoms, -1e3, 1e3, random);

        try (ExpansionIndex index = openCl.prepareExpansion(groupOf, 1000)) {
            float[] first = new float[1000];
            openCl.segmentSum(index, atomValues, first);
            for (int run = 1; run < RUNS; run++) {
                float[] again = new float[1000];
                openCl.segmentSum(index, atomValues, again);
                assertArrayEquals(bits(first), bits(again), "float group sums differ on run " + run);
            }
        }
    }

    @Test
    void doubleSumsBitIdenticalAcrossRuns() {
        SplittableRandom random = TestData.random(42);
        int atoms = 200_000;
        int[] groupOf = skewedGroups(atoms, random);
        double[] atomValues = TestData.doubles(atoms, -1e3, 1e3, random);

        try (ExpansionIndex index = openCl.prepareExpansion(groupOf, 1000)) {
            double[] first = new double[1000];
            openCl.segmentSum(index, atomValues, first);
            for (int run = 1; run < RUNS; run++) {
                double[] again = new double[1000];
                openCl.segmentSum(index, atomValues, again);
                assertArrayEquals(first, again, "double group sums differ on run " + run);
            }
        }
    }

    /** Compensated float sum of 10^8 and 10^6 ones: a plain float sum would lose every one. */
    @Test
    void floatSumKeepsSmallTerms() {
        int atoms = 1_000_001;
        float[] atomValues = new float[atoms];
        atomValues[0] = 1e8f;
        Arrays.fill(atomValues, 1, atoms, 1.0f);

        float[] sums = new float[1];
        try (ExpansionIndex index = openCl.prepareExpansion(new int[atoms], 1)) {
            openCl.segmentSum(index, atomValues, sums);
        }

        assertEquals(1.01e8f, sums[0]);
    }

    /** Group 0 gets half the atoms, the rest spread over 999 groups, so work items do very different amounts. */
    private static int[] skewedGroups(int atoms, SplittableRandom random) {
        int[] groupOf = new int[atoms];
        for (int a = 0; a < atoms; a++) {
            groupOf[a] = random.nextBoolean() ? 0 : 1 + random.nextInt(999);
        }
        return groupOf;
    }

    private static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }
}
