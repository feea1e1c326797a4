package org.occtensor.xray.structure;

import org.occtensor.xray.symmetry.SpaceGroup;
import org.occtensor.xray.symmetry.SymOp;

/** Choice of FFT grid dimensions: sizes with no prime factor above 5, optionally symmetry-compatible. */
public final class GridSize {

    private GridSize() {
    }

    /** Returns the smallest n >= minimum that is a multiple of {@code factor} and a product of 2, 3 and 5. */
    public static int fftFriendly(int minimum, int factor) {
        int n = Math.max(factor, ((Math.max(1, minimum) + factor - 1) / factor) * factor);
        while (!hasOnlySmallPrimes(n)) {
            n += factor;
        }
        return n;
    }

    /**
     * Returns grid dimensions with spacing at most {@code spacing} angstrom along each cell edge. With
     * {@code symmetric}, every operator maps grid points onto grid points: each dimension is a multiple
     * of the translation denominators along its axis, and axes that a rotation mixes get equal sizes.
     */
    public static int[] forSpacing(CellGeometry cell, SpaceGroup group, double spacing, boolean symmetric) {
        double[] lengths = {cell.a(), cell.b(), cell.c()};
        int[] minimum = new int[3];
        for (int i = 0; i < 3; i++) {
            minimum[i] = (int) Math.ceil(lengths[i] / spacing);
        }
        return symmetric ? symmetricSizes(group, minimum) : new int[] {fftFriendly(minimum[0], 1),
            fftFriendly(minimum[1], 1), fftFriendly(minimum[2], 1)};
    }

    /** Returns symmetry-compatible FFT-friendly sizes no smaller than {@code minimum}. */
    public static int[] symmetricSizes(SpaceGroup group, int[] minimum) {
        int[] factor = {1, 1, 1};
        boolean[][] mixed = new boolean[3][3];
        for (SymOp op : group.operators()) {
            for (int i = 0; i < 3; i++) {
                int t = op.translationNumerator(i);
                if (t != 0) {
                    factor[i] = lcm(factor[i], SymOp.DENOMINATOR / gcd(t, SymOp.DENOMINATOR));
                }
                for (int j = 0; j < 3; j++) {
                    if (i != j && op.rotation(i, j) != 0) {
                        mixed[i][j] = true;
                        mixed[j][i] = true;
                    }
                }
            }
        }
        int[] sizes = new int[3];
        for (int i = 0; i < 3; i++) {
            int f = factor[i];
            int m = minimum[i];
            for (int j = 0; j < 3; j++) {
                if (mixed[i][j] || (j != i && mixed[i][3 - i - j] && mixed[3 - i - j][j])) {
                    f = lcm(f, factor[j]);
                    m = Math.max(m, minimum[j]);
                }
            }
            sizes[i] = fftFriendly(m, f);
        }
        return sizes;
    }

    private static boolean hasOnlySmallPrimes(int n) {
        for (int p : new int[] {2, 3, 5}) {
            while (n % p == 0) {
                n /= p;
            }
        }
        return n == 1;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? Math.abs(a) : gcd(b, a % b);
    }

    private static int lcm(int a, int b) {
        return a / gcd(a, b) * b;
    }
}
