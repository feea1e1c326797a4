package org.occtensor.xray.data;

import org.occtensor.core.api.UnitCell;

/** The reciprocal metric tensor of a unit cell, giving 1/d^2 of a reflection in 1/angstrom^2. */
public final class ReciprocalMetric {

    private final double[] g = new double[9];

    public ReciprocalMetric(UnitCell cell) {
        double ca = Math.cos(Math.toRadians(cell.alpha()));
        double cb = Math.cos(Math.toRadians(cell.beta()));
        double cg = Math.cos(Math.toRadians(cell.gamma()));
        double a = cell.a();
        double b = cell.b();
        double c = cell.c();
        double[] direct = {
            a * a, a * b * cg, a * c * cb,
            a * b * cg, b * b, b * c * ca,
            a * c * cb, b * c * ca, c * c};
        invert(direct, g, cell);
    }

    /** Returns 1/d^2 for reflection (h, k, l) in 1/angstrom^2. */
    public double inverseDSquared(int h, int k, int l) {
        return h * h * g[0] + k * k * g[4] + l * l * g[8]
                + 2.0 * (h * k * g[1] + h * l * g[2] + k * l * g[5]);
    }

    private static void invert(double[] m, double[] out, UnitCell cell) {
        double c00 = m[4] * m[8] - m[5] * m[7];
        double c01 = m[5] * m[6] - m[3] * m[8];
        double c02 = m[3] * m[7] - m[4] * m[6];
        double det = m[0] * c00 + m[1] * c01 + m[2] * c02;
        if (!(det > 0)) {
            throw new IllegalArgumentException("degenerate unit cell " + cell);
        }
        out[0] = c00 / det;
        out[1] = (m[2] * m[7] - m[1] * m[8]) / det;
        out[2] = (m[1] * m[5] - m[2] * m[4]) / det;
        out[3] = c01 / det;
        out[4] = (m[0] * m[8] - m[2] * m[6]) / det;
        out[5] = (m[2] * m[3] - m[0] * m[5]) / det;
        out[6] = c02 / det;
        out[7] = (m[1] * m[6] - m[0] * m[7]) / det;
        out[8] = (m[0] * m[4] - m[1] * m[3]) / det;
    }
}
