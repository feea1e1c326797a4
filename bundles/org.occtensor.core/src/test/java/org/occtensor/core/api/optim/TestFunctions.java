package org.occtensor.core.api.optim;

import java.util.Random;

/** Objectives with known minimisers for the optimizer tests. */
final class TestFunctions {

    private TestFunctions() {
    }

    /** Rosenbrock's function in 2-D, 100 (x2 - x1^2)^2 + (1 - x1)^2, minimum 0 at (1, 1). */
    static double rosenbrock(double[] x, double[] gradient) {
        double a = x[1] - x[0] * x[0];
        double b = 1 - x[0];
        gradient[0] = -400 * x[0] * a - 2 * b;
        gradient[1] = 200 * a;
        return 100 * a * a + b * b;
    }

    /**
     * Extended Rosenbrock function: a sum of independent 2-D Rosenbrock terms over the pairs
     * (x[2i], x[2i+1]), with minimum 0 at all ones. Problem 21 of Moré, Garbow and Hillstrom,
     * ACM TOMS 7, 17-41 (1981), whose standard start is (-1.2, 1, -1.2, 1, ...).
     */
    static double extendedRosenbrock(double[] x, double[] gradient) {
        double sum = 0;
        for (int i = 0; i + 1 < x.length; i += 2) {
            double a = x[i + 1] - x[i] * x[i];
            double b = 1 - x[i];
            gradient[i] = -400 * x[i] * a - 2 * b;
            gradient[i + 1] = 200 * a;
            sum += 100 * a * a + b * b;
        }
        return sum;
    }

    static double[] extendedRosenbrockStart(int n) {
        double[] x0 = new double[n];
        for (int i = 0; i < n; i++) {
            x0[i] = i % 2 == 0 ? -1.2 : 1.0;
        }
        return x0;
    }

    /** The convex quadratic 0.5 (x - minimiser)' A (x - minimiser) with A symmetric positive definite. */
    record Quadratic(double[][] hessian, double[] minimiser) implements Objective {

        /** Builds A = B'B + 0.1 I from a Gaussian B and a minimiser uniform in [-2, 2]. */
        static Quadratic random(int n, long seed) {
            Random random = new Random(seed);
            double[][] b = new double[n][n];
            for (double[] row : b) {
                for (int j = 0; j < n; j++) {
                    row[j] = random.nextGaussian();
                }
            }
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = i == j ? 0.1 : 0.0;
                    for (int k = 0; k < n; k++) {
                        sum += b[k][i] * b[k][j];
                    }
                    a[i][j] = sum;
                }
            }
            double[] minimiser = new double[n];
            for (int i = 0; i < n; i++) {
                minimiser[i] = -2 + 4 * random.nextDouble();
            }
            return new Quadratic(a, minimiser);
        }

        @Override
        public double evaluate(double[] x, double[] gradient) {
            int n = minimiser.length;
            double value = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    sum += hessian[i][j] * (x[j] - minimiser[j]);
                }
                gradient[i] = sum;
                value += 0.5 * (x[i] - minimiser[i]) * sum;
            }
            return value;
        }
    }

    /** Returns sum w_i (x_i - t_i)^2, whose minimum 0 lies at the target. */
    static Objective weightedDistance(double[] weights, double[] target) {
        return (x, gradient) -> {
            double sum = 0;
            for (int i = 0; i < x.length; i++) {
                double d = x[i] - target[i];
                gradient[i] = 2 * weights[i] * d;
                sum += weights[i] * d * d;
            }
            return sum;
        };
    }

    /** Returns the central-difference gradient with step h. */
    static double[] centralDifference(Objective objective, double[] x, double h) {
        double[] point = x.clone();
        double[] scratch = new double[x.length];
        double[] gradient = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            point[i] = x[i] + h;
            double plus = objective.evaluate(point, scratch);
            point[i] = x[i] - h;
            double minus = objective.evaluate(point, scratch);
            point[i] = x[i];
            gradient[i] = (plus - minus) / (2 * h);
        }
        return gradient;
    }
}
