package org.occtensor.xray.structure;

import org.occtensor.core.api.UnitCell;

/**
 * Metric of a unit cell: orthogonalisation and fractionalisation matrices in the PDB convention
 * (a along x, b in the xy plane, c* along z), volume and reciprocal metric. Lengths in angstrom.
 */
public final class CellGeometry {

    private final double a;
    private final double b;
    private final double c;
    private final double alpha;
    private final double beta;
    private final double gamma;
    private final double volume;
    private final double[] orthogonalisation;
    private final double[] fractionalisation;
    private final double[] reciprocalMetric;

    private CellGeometry(double a, double b, double c, double alpha, double beta, double gamma) {
        this.a = a;
        this.b = b;
        this.c = c;
        this.alpha = alpha;
        this.beta = beta;
        this.gamma = gamma;
        double ca = Math.cos(Math.toRadians(alpha));
        double cb = Math.cos(Math.toRadians(beta));
        double cg = Math.cos(Math.toRadians(gamma));
        double sg = Math.sin(Math.toRadians(gamma));
        double root = 1.0 - ca * ca - cb * cb - cg * cg + 2.0 * ca * cb * cg;
        if (!(a > 0 && b > 0 && c > 0) || !(root > 0)) {
            throw new IllegalArgumentException("invalid unit cell " + a + " " + b + " " + c + " " + alpha + " "
                    + beta + " " + gamma);
        }
        this.volume = a * b * c * Math.sqrt(root);
        this.orthogonalisation = new double[] {
            a, b * cg, c * cb,
            0, b * sg, c * (ca - cb * cg) / sg,
            0, 0, volume / (a * b * sg)};
        this.fractionalisation = invertUpperTriangular(orthogonalisation);
        this.reciprocalMetric = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double sum = 0.0;
                for (int k = 0; k < 3; k++) {
                    sum += fractionalisation[3 * i + k] * fractionalisation[3 * j + k];
                }
                reciprocalMetric[3 * i + j] = sum;
            }
        }
    }

    public static CellGeometry of(UnitCell cell) {
        return new CellGeometry(cell.a(), cell.b(), cell.c(), cell.alpha(), cell.beta(), cell.gamma());
    }

    public static CellGeometry of(double a, double b, double c, double alpha, double beta, double gamma) {
        return new CellGeometry(a, b, c, alpha, beta, gamma);
    }

    public double a() {
        return a;
    }

    public double b() {
        return b;
    }

    public double c() {
        return c;
    }

    public double alpha() {
        return alpha;
    }

    public double beta() {
        return beta;
    }

    public double gamma() {
        return gamma;
    }

    /** Cell volume in cubic angstrom. */
    public double volume() {
        return volume;
    }

    /** Returns O, row-major: Cartesian = O fractional. */
    public double[] orthogonalisation() {
        return orthogonalisation.clone();
    }

    /** Returns F = O^-1, row-major: fractional = F Cartesian. Its rows are a*, b*, c*. */
    public double[] fractionalisation() {
        return fractionalisation.clone();
    }

    /** Writes the fractional coordinates of a Cartesian point into {@code out}. */
    public void toFractional(double x, double y, double z, double[] out) {
        double[] f = fractionalisation;
        out[0] = f[0] * x + f[1] * y + f[2] * z;
        out[1] = f[4] * y + f[5] * z;
        out[2] = f[8] * z;
    }

    /** Writes the Cartesian coordinates of a fractional point into {@code out}. */
    public void toCartesian(double u, double v, double w, double[] out) {
        double[] o = orthogonalisation;
        out[0] = o[0] * u + o[1] * v + o[2] * w;
        out[1] = o[4] * v + o[5] * w;
        out[2] = o[8] * w;
    }

    /** Returns 1/d^2 = h^T G* h in inverse square angstrom. */
    public double inverseDSquared(int h, int k, int l) {
        double[] g = reciprocalMetric;
        return g[0] * h * h + g[4] * k * k + g[8] * l * l
                + 2.0 * (g[1] * h * k + g[2] * h * l + g[5] * k * l);
    }

    /** Returns (sin(theta)/lambda)^2 = 1/(4 d^2). */
    public double stol2(int h, int k, int l) {
        return 0.25 * inverseDSquared(h, k, l);
    }

    /** Returns the resolution d of reflection h in angstrom. */
    public double dSpacing(int h, int k, int l) {
        return 1.0 / Math.sqrt(inverseDSquared(h, k, l));
    }

    /**
     * Converts a Cartesian U (U11, U22, U33, U12, U13, U23 in square angstrom) to U* = F U F^T, the
     * form that enters exp(-2 pi^2 h^T U* h) with integer h.
     */
    public double[] uStarFromCartesian(double[] u) {
        double[] full = {u[0], u[3], u[4], u[3], u[1], u[5], u[4], u[5], u[2]};
        double[] f = fractionalisation;
        double[] result = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double sum = 0.0;
                for (int p = 0; p < 3; p++) {
                    for (int q = 0; q < 3; q++) {
                        sum += f[3 * i + p] * full[3 * p + q] * f[3 * j + q];
                    }
                }
                result[3 * i + j] = sum;
            }
        }
        return new double[] {result[0], result[4], result[8], result[1], result[2], result[5]};
    }

    /** Converts U* (U11, U22, U33, U12, U13, U23) back to a Cartesian U = O U* O^T in square angstrom. */
    public double[] cartesianFromUStar(double[] uStar) {
        double[] full = {uStar[0], uStar[3], uStar[4], uStar[3], uStar[1], uStar[5], uStar[4], uStar[5], uStar[2]};
        double[] o = orthogonalisation;
        double[] result = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double sum = 0.0;
                for (int p = 0; p < 3; p++) {
                    for (int q = 0; q < 3; q++) {
                        sum += o[3 * i + p] * full[3 * p + q] * o[3 * j + q];
                    }
                }
                result[3 * i + j] = sum;
            }
        }
        return new double[] {result[0], result[4], result[8], result[1], result[2], result[5]};
    }

    /** Returns the metric tensor G = O^T O, row-major: squared length of a fractional vector d is d^T G d. */
    public double[] metric() {
        double[] o = orthogonalisation;
        double[] g = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double sum = 0.0;
                for (int k = 0; k < 3; k++) {
                    sum += o[3 * k + i] * o[3 * k + j];
                }
                g[3 * i + j] = sum;
            }
        }
        return g;
    }

    private static double[] invertUpperTriangular(double[] m) {
        double[] inv = new double[9];
        inv[0] = 1.0 / m[0];
        inv[4] = 1.0 / m[4];
        inv[8] = 1.0 / m[8];
        inv[1] = -m[1] * inv[4] / m[0];
        inv[5] = -m[5] * inv[8] / m[4];
        inv[2] = -(m[1] * inv[5] + m[2] * inv[8]) / m[0];
        return inv;
    }
}
