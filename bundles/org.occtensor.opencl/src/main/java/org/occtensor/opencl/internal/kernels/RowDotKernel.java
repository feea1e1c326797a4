package org.occtensor.opencl.internal.kernels;

import com.aparapi.Kernel;

/**
 * Dot product of each row of a row-major double matrix with a vector, one work item per row:
 * {@code out[r] = sum_c matrix[r * cols + c] * vector[c]}, columns added in ascending order.
 */
public final class RowDotKernel extends Kernel {

    private double[] matrix;
    private double[] vector;
    private double[] out;
    private int rows;
    private int cols;

    /** Binds the per-call arrays: reads matrix and vector, writes out[0 .. rows). */
    public void bind(double[] matrix, int rows, int cols, double[] vector, double[] out) {
        this.matrix = matrix;
        this.rows = rows;
        this.cols = cols;
        this.vector = vector;
        this.out = out;
    }

    @Override
    public void run() {
        int r = getGlobalId();
        if (r < rows) {
            double sum = 0.0;
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                sum += matrix[base + c] * vector[c];
            }
            out[r] = sum;
        }
    }
}
