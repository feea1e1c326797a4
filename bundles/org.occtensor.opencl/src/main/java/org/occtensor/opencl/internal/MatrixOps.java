package org.occtensor.opencl.internal;

import java.util.Arrays;
import org.occtensor.opencl.internal.kernels.RowDotKernel;
import org.occtensor.opencl.internal.kernels.WeightedRowSumKernel;

/** Weighted row sums and row dot products of a row-major double matrix; both need fp64. */
final class MatrixOps implements AutoCloseable {

    private final KernelLauncher launcher;
    private final WeightedRowSumKernel weightedRowSum;
    private final RowDotKernel rowDot;

    MatrixOps(KernelLauncher launcher) {
        this.launcher = launcher;
        this.weightedRowSum = launcher.prepare(new WeightedRowSumKernel());
        this.rowDot = launcher.prepare(new RowDotKernel());
    }

    void weightedRowSum(double[] matrix, int rows, int cols, double[] weights, double[] out) {
        checkMatrix("weightedRowSum", matrix, rows, cols);
        ArrayChecks.requireLength("weightedRowSum", "weights", weights.length, rows);
        ArrayChecks.requireLength("weightedRowSum", "out", out.length, cols);
        if (cols == 0) {
            return;
        }
        if (rows == 0) {
            // An empty sum; the matrix may be a zero-length array, which cannot become a device buffer.
            Arrays.fill(out, 0, cols, 0.0);
            return;
        }
        synchronized (weightedRowSum) {
            weightedRowSum.bind(matrix, rows, cols, weights, out);
            launcher.upload(weightedRowSum, matrix);
            launcher.upload(weightedRowSum, weights);
            launcher.uploadIfPartlyWritten(weightedRowSum, out, cols);
            launcher.launch(weightedRowSum, cols);
            launcher.download(weightedRowSum, out);
        }
    }

    void rowDot(double[] matrix, int rows, int cols, double[] vector, double[] out) {
        checkMatrix("rowDot", matrix, rows, cols);
        ArrayChecks.requireLength("rowDot", "vector", vector.length, cols);
        ArrayChecks.requireLength("rowDot", "out", out.length, rows);
        if (rows == 0) {
            return;
        }
        if (cols == 0) {
            Arrays.fill(out, 0, rows, 0.0);
            return;
        }
        synchronized (rowDot) {
            rowDot.bind(matrix, rows, cols, vector, out);
            launcher.upload(rowDot, matrix);
            launcher.upload(rowDot, vector);
            launcher.uploadIfPartlyWritten(rowDot, out, rows);
            launcher.launch(rowDot, rows);
            launcher.download(rowDot, out);
        }
    }

    @Override
    public void close() {
        launcher.dispose(weightedRowSum);
        launcher.dispose(rowDot);
    }

    private static void checkMatrix(String op, double[] matrix, int rows, int cols) {
        ArrayChecks.requireCount(op, "rows", rows);
        ArrayChecks.requireCount(op, "cols", cols);
        long entries = (long) rows * cols;
        if (matrix.length < entries) {
            throw new IllegalArgumentException(op + ": matrix has " + matrix.length + " entries, needs " + rows + " x "
                    + cols + " = " + entries);
        }
    }
}
