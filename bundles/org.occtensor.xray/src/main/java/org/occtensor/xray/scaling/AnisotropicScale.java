package org.occtensor.xray.scaling;

import java.util.ArrayList;
import java.util.List;

import org.occtensor.xray.symmetry.SymOp;

/**
 * Overall anisotropic scale k(h) = exp(-2 pi^2 h^T U* h) with U* restricted to tensors the point group
 * leaves invariant (R U* R^T = U* for every rotation R), so that symmetry-equivalent reflections get
 * the same scale.
 */
public final class AnisotropicScale {

    private static final double TWO_PI_SQUARED = 2.0 * Math.PI * Math.PI;

    private final double[][] basis;

    /** Builds the invariant subspace for the given rotations (coset representatives of the space group). */
    public AnisotropicScale(List<SymOp> rotations) {
        List<double[]> vectors = new ArrayList<>();
        for (int j = 0; j < 6; j++) {
            double[] unit = new double[6];
            unit[j] = 1.0;
            double[] projected = project(unit, rotations);
            for (double[] previous : vectors) {
                double dot = dot(projected, previous);
                for (int i = 0; i < 6; i++) {
                    projected[i] -= dot * previous[i];
                }
            }
            double norm = Math.sqrt(dot(projected, projected));
            if (norm > 1e-9) {
                for (int i = 0; i < 6; i++) {
                    projected[i] /= norm;
                }
                vectors.add(projected);
            }
        }
        this.basis = vectors.toArray(new double[0][]);
    }

    /** Number of free parameters (1 in cubic groups, 6 in triclinic ones). */
    public int parameterCount() {
        return basis.length;
    }

    /** Returns U* (U11, U22, U33, U12, U13, U23) for parameters in the invariant basis. */
    public double[] uStar(double[] parameters) {
        double[] u = new double[6];
        for (int j = 0; j < basis.length; j++) {
            for (int i = 0; i < 6; i++) {
                u[i] += parameters[j] * basis[j][i];
            }
        }
        return u;
    }

    /** Returns -2 pi^2 h^T B_j h for each basis tensor B_j: the derivatives of ln k(h) by the parameters. */
    public double[] design(int h, int k, int l) {
        double[] row = new double[basis.length];
        for (int j = 0; j < basis.length; j++) {
            row[j] = -TWO_PI_SQUARED * quadratic(basis[j], h, k, l);
        }
        return row;
    }

    /** Returns exp(-2 pi^2 h^T U* h). */
    public static double value(double[] uStar, int h, int k, int l) {
        return Math.exp(-TWO_PI_SQUARED * quadratic(uStar, h, k, l));
    }

    private static double quadratic(double[] u, int h, int k, int l) {
        return u[0] * h * h + u[1] * k * k + u[2] * l * l + 2.0 * (u[3] * h * k + u[4] * h * l + u[5] * k * l);
    }

    /** Average of R U R^T over the rotations; U and the result as U11, U22, U33, U12, U13, U23. */
    private static double[] project(double[] u, List<SymOp> rotations) {
        double[] full = {u[0], u[3], u[4], u[3], u[1], u[5], u[4], u[5], u[2]};
        double[] sum = new double[9];
        for (SymOp op : rotations) {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    double s = 0.0;
                    for (int p = 0; p < 3; p++) {
                        for (int q = 0; q < 3; q++) {
                            s += op.rotation(i, p) * full[3 * p + q] * op.rotation(j, q);
                        }
                    }
                    sum[3 * i + j] += s;
                }
            }
        }
        int n = rotations.size();
        return new double[] {sum[0] / n, sum[4] / n, sum[8] / n, sum[1] / n, sum[2] / n, sum[5] / n};
    }

    private static double dot(double[] a, double[] b) {
        double s = 0.0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
