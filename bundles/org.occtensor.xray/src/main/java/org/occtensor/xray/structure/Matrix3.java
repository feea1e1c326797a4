package org.occtensor.xray.structure;

import java.util.Arrays;

/** Small helpers for 3 x 3 matrices stored row-major in 9 doubles. */
public final class Matrix3 {

    private Matrix3() {
    }

    public static double determinant(double[] m) {
        return m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6])
                + m[2] * (m[3] * m[7] - m[4] * m[6]);
    }

    /**
     * Returns the inverse.
     *
     * @throws IllegalArgumentException when the matrix is singular
     */
    public static double[] invert(double[] m) {
        double det = determinant(m);
        if (!(Math.abs(det) > 0)) {
            throw new IllegalArgumentException("singular matrix " + Arrays.toString(m));
        }
        return new double[] {
            (m[4] * m[8] - m[5] * m[7]) / det, (m[2] * m[7] - m[1] * m[8]) / det, (m[1] * m[5] - m[2] * m[4]) / det,
            (m[5] * m[6] - m[3] * m[8]) / det, (m[0] * m[8] - m[2] * m[6]) / det, (m[2] * m[3] - m[0] * m[5]) / det,
            (m[3] * m[7] - m[4] * m[6]) / det, (m[1] * m[6] - m[0] * m[7]) / det, (m[0] * m[4] - m[1] * m[3]) / det};
    }
}
