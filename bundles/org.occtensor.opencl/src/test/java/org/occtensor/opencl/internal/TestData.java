package org.occtensor.opencl.internal;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.occtensor.core.spi.Reflections;
import org.occtensor.core.spi.ScatteringAtoms;
import org.occtensor.core.spi.SymmetryOperators;

/** Seeded inputs for kernel tests. Output arrays get a few extra entries that no op may touch. */
final class TestData {

    /** Extra entries past the end of every output; they must keep {@link #SENTINEL}. */
    static final int TAIL = 3;
    static final float SENTINEL = 42.0f;

    private TestData() {
    }

    static SplittableRandom random(long seed) {
        return new SplittableRandom(seed);
    }

    /** Groups for an index of {@code atoms} atoms: about four atoms per group, in random order. */
    static int groupCountFor(int atoms) {
        return atoms == 0 ? 0 : Math.max(1, atoms / 4);
    }

    static int[] groupOfAtom(int atoms, int groups, SplittableRandom random) {
        int[] groupOf = new int[atoms];
        for (int a = 0; a < atoms; a++) {
            groupOf[a] = random.nextInt(groups);
        }
        return groupOf;
    }

    static float[] floats(int n, double min, double max, SplittableRandom random) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) (min + (max - min) * random.nextDouble());
        }
        return values;
    }

    static double[] doubles(int n, double min, double max, SplittableRandom random) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = min + (max - min) * random.nextDouble();
        }
        return values;
    }

    static double[] toDoubles(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    /** Creates an output array of {@code n} entries plus the sentinel tail. */
    static float[] floatOutput(int n) {
        float[] out = new float[n + TAIL];
        Arrays.fill(out, SENTINEL);
        return out;
    }

    static double[] doubleOutput(int n) {
        double[] out = new double[n + TAIL];
        Arrays.fill(out, SENTINEL);
        return out;
    }

    /**
     * A conformer layout of {@code sets} sets with 1 to 4 free members each, about a third of them
     * partial, and {@code extraGroups} groups outside every set.
     */
    record Layout(int groupCount, int[] setOffsets, int[] members, boolean[] partial, double[] budget) {
    }

    static Layout layout(int sets, int extraGroups, SplittableRandom random) {
        int[] setOffsets = new int[sets + 1];
        boolean[] partial = new boolean[sets];
        double[] budget = new double[sets];
        for (int s = 0; s < sets; s++) {
            setOffsets[s + 1] = setOffsets[s] + 1 + random.nextInt(4);
            partial[s] = random.nextInt(3) == 0;
            // Every 50th set has budget 0 (all members frozen elsewhere), the edge case of the adjoint.
            budget[s] = s % 50 == 49 ? 0.0 : 0.2 + 0.8 * random.nextDouble();
        }
        int memberCount = setOffsets[sets];
        int groupCount = memberCount + extraGroups;
        int[] shuffled = new int[groupCount];
        for (int g = 0; g < groupCount; g++) {
            shuffled[g] = g;
        }
        for (int g = groupCount - 1; g > 0; g--) {
            int j = random.nextInt(g + 1);
            int t = shuffled[g];
            shuffled[g] = shuffled[j];
            shuffled[j] = t;
        }
        return new Layout(groupCount, setOffsets, Arrays.copyOf(shuffled, memberCount), partial, budget);
    }

    /**
     * Atoms in a 30 angstrom cubic cell, two scattering types, every third atom anisotropic. Enough
     * to exercise every term of the sum; the values are not a real structure.
     */
    static ScatteringAtoms atoms(int count, SplittableRandom random) {
        double[] fractional = doubles(3 * count, 0.0, 1.0, random);
        double[] occupancy = doubles(count, 0.1, 1.0, random);
        double[] bIso = doubles(count, 5.0, 60.0, random);
        double[] uStar = new double[6 * count];
        int[] type = new int[count];
        for (int a = 0; a < count; a++) {
            type[a] = random.nextInt(2);
            if (a % 3 == 2) {
                // U* = U / a^2 for a cubic cell; diagonal U of 0.1 to 0.5 A^2 with small off-diagonal terms.
                double scale = 1.0 / (30.0 * 30.0);
                for (int k = 0; k < 3; k++) {
                    uStar[6 * a + k] = (0.1 + 0.4 * random.nextDouble()) * scale;
                }
                for (int k = 3; k < 6; k++) {
                    uStar[6 * a + k] = 0.02 * (random.nextDouble() - 0.5) * scale;
                }
            } else {
                uStar[6 * a] = Double.NaN;
            }
        }
        return new ScatteringAtoms(count, fractional, occupancy, bIso, uStar, type);
    }

    /** Reflections with |h|, |k|, |l| up to 20 in the same cell, and made-up positive form factors. */
    static Reflections reflections(int count, SplittableRandom random) {
        int[] hkl = new int[3 * count];
        double[] stol2 = new double[count];
        for (int r = 0; r < count; r++) {
            int h = random.nextInt(41) - 20;
            int k = random.nextInt(41) - 20;
            int l = random.nextInt(41) - 20;
            hkl[3 * r] = h;
            hkl[3 * r + 1] = k;
            hkl[3 * r + 2] = l;
            stol2[r] = (h * h + k * k + l * l) / (4.0 * 30.0 * 30.0);
        }
        double[] formFactors = doubles(2 * count, 1.0, 8.0, random);
        return new Reflections(count, hkl, stol2, 2, formFactors);
    }

    /** P2_1 operators: x, y, z and -x, y + 1/2, -z. */
    static SymmetryOperators p21() {
        int[] rotations = {1, 0, 0, 0, 1, 0, 0, 0, 1, -1, 0, 0, 0, 1, 0, 0, 0, -1};
        double[] translations = {0.0, 0.0, 0.0, 0.0, 0.5, 0.0};
        return new SymmetryOperators(2, rotations, translations);
    }
}
