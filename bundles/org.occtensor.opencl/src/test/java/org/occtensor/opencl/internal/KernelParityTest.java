package org.occtensor.opencl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.ConformerLayout;
import org.occtensor.opencl.internal.kernels.SigmoidFloatKernel;

/**
 * Every op on the OpenCL device against the CPU reference ({@link ParityChecks}), at sizes 0, 1,
 * 31, 1025, a size that is not a multiple of the work-group size, and 10^6.
 */
class KernelParityTest {

    private final OpenClBackend openCl = OpenClTestSupport.sharedBackend();
    private final ComputeBackend cpu = OpenClTestSupport.cpu();

    static IntStream sizes() {
        return IntStream.of(0, 1, 31, 1025, ParityChecks.NOT_A_WORK_GROUP_MULTIPLE, 1_000_000);
    }

    @AfterEach
    void backendStayedOnDevice() {
        assertNull(openCl.failure(), "the OpenCL backend fell back to the CPU");
        assertEquals("opencl", openCl.name());
    }

    @Test
    void oddSizeIsNotWorkGroupMultiple() {
        int local = openCl.launcher().localSize(SigmoidFloatKernel.class);
        assertNotEquals(0, ParityChecks.NOT_A_WORK_GROUP_MULTIPLE % local, "work-group size " + local);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void gatherFloat(int atoms) {
        ParityChecks.gatherFloat(cpu, openCl, atoms);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void gatherDouble(int atoms) {
        ParityChecks.gatherDouble(cpu, openCl, atoms);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void segmentSumFloat(int groups) {
        ParityChecks.segmentSumFloat(cpu, openCl, groups);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void segmentSumDouble(int groups) {
        ParityChecks.segmentSumDouble(cpu, openCl, groups);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void sigmoidFloat(int n) {
        ParityChecks.sigmoidFloat(cpu, openCl, n);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void sigmoidDouble(int n) {
        ParityChecks.sigmoidDouble(cpu, openCl, n);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void sigmoidBackwardFloat(int n) {
        ParityChecks.sigmoidBackwardFloat(cpu, openCl, n);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void sigmoidBackwardDouble(int n) {
        ParityChecks.sigmoidBackwardDouble(cpu, openCl, n);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void conformerSoftmaxFloat(int sets) {
        ParityChecks.conformerSoftmaxFloat(cpu, openCl, sets);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void conformerSoftmaxDouble(int sets) {
        ParityChecks.conformerSoftmaxDouble(cpu, openCl, sets);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void conformerSoftmaxBackwardFloat(int sets) {
        ParityChecks.conformerSoftmaxBackwardFloat(cpu, openCl, sets);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void conformerSoftmaxBackwardDouble(int sets) {
        ParityChecks.conformerSoftmaxBackwardDouble(cpu, openCl, sets);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void weightedRowSum(int cols) {
        ParityChecks.weightedRowSum(cpu, openCl, cols);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void rowDot(int rows) {
        ParityChecks.rowDot(cpu, openCl, rows);
    }

    /** Long rows, the case where the order of additions matters most: 1000 x 1000. */
    @Test
    void matrixOpsOnSquareMatrix() {
        SplittableRandom random = TestData.random(25);
        int n = 1000;
        double[] matrix = TestData.doubles(n * n, -4, 4, random);
        double[] vector = TestData.doubles(n, -1, 1, random);
        double[] expected = new double[n];
        double[] actual = new double[n];
        double[] scale = new double[n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                scale[r] += Math.abs(matrix[r * n + c] * vector[c]);
            }
        }

        cpu.rowDot(matrix, n, n, vector, expected);
        openCl.rowDot(matrix, n, n, vector, actual);
        Closeness.assertScaled("rowDot 1000 x 1000", expected, actual, scale, n, Tolerances.DOUBLE_SUM_RELATIVE);

        double[] columnScale = new double[n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                columnScale[c] += Math.abs(vector[r] * matrix[r * n + c]);
            }
        }
        cpu.weightedRowSum(matrix, n, n, vector, expected);
        openCl.weightedRowSum(matrix, n, n, vector, actual);
        Closeness.assertScaled("weightedRowSum 1000 x 1000", expected, actual, columnScale, n,
                Tolerances.DOUBLE_SUM_RELATIVE);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void structureFactors(int reflectionCount) {
        ParityChecks.structureFactors(cpu, openCl, reflectionCount);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void structureFactorsOccupancyAdjoint(int atomCount) {
        ParityChecks.structureFactorsOccupancyAdjoint(cpu, openCl, atomCount);
    }

    static ConformerLayout prepare(ComputeBackend backend, TestData.Layout layout) {
        return ParityChecks.prepare(backend, layout);
    }
}
