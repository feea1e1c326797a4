package org.occtensor.opencl.internal.kernels;

import com.aparapi.Kernel;

/**
 * Weighted sum of the rows of a row-major double matrix, one work item per column:
 * {@code out[c] = sum_r weights[r] * matrix[r * cols + c]}, rows added in ascending order.
 */
public final class WeightedRowSumKernel extends Kernel {

    private double[] matrix;
    private double[] weights;
    private double[] out;
    private int rows;
    private int cols;

    /** Binds the per-call arrays: reads matrix and weights, writes out[0 .. cols). */
    public void bind(double[] matrix, int rows, int cols, double[] weights, double[] out) {
        this.matrix = matrix;
        this.rows = rows;
        this.cols = cols;
        this.weights = weights;
        this.out = out;
    }

    @Override
    public void run() {
        int c = getGlobalId();
        if (c < cols) {
            double sum = 0.0;
            for (int r = 0; r < rows; r++) {
                sum += weights[r] * matrix[r * cols + c];
            }
            out[c] = sum;
        }
    }
}
