package org.occtensor.opencl.internal;

import java.util.SplittableRandom;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.ConformerLayout;
import org.occtensor.core.spi.ExpansionIndex;
import org.occtensor.core.spi.Reflections;
import org.occtensor.core.spi.ScatteringAtoms;
import org.occtensor.core.spi.SymmetryOperators;

/**
 * One check per ComputeBackend op: runs the op on a backend under test and on the CPU reference
 * with the same seeded inputs, and compares within {@link Tolerances}. The size is the number of
 * work items: atoms for gather, groups for segment sum, sets for the conformer ops, columns or rows
 * for the matrix ops, reflections for structure factors and atoms for their adjoint. Output arrays
 * carry a sentinel tail that no op may touch. {@link KernelParityTest} runs the checks on the plain
 * class path, {@code OpenClFelixIT} on the services inside Felix.
 */
public final class ParityChecks {

    /** 7 whole work groups and 3 work items more: the last group is mostly padding. */
    public static final int NOT_A_WORK_GROUP_MULTIPLE = 7 * KernelLauncher.PREFERRED_LOCAL_SIZE + 3;

    private ParityChecks() {
    }

    public static void gatherFloat(ComputeBackend cpu, ComputeBackend backend, int atoms) {
        SplittableRandom random = TestData.random(11 + atoms);
        int groups = TestData.groupCountFor(atoms);
        int[] groupOf = TestData.groupOfAtom(atoms, groups, random);
        float[] groupValues = TestData.floats(groups, -3, 3, random);
        float[] expected = TestData.floatOutput(atoms);
        float[] actual = TestData.floatOutput(atoms);

        try (ExpansionIndex cpuIndex = cpu.prepareExpansion(groupOf, groups);
             ExpansionIndex index = backend.prepareExpansion(groupOf, groups)) {
            cpu.gather(cpuIndex, groupValues, expected);
            backend.gather(index, groupValues, actual);
        }

        Closeness.assertIdentical("gather float", expected, actual, atoms);
        Closeness.assertTailUntouched("gather float", actual, atoms);
    }

    public static void gatherDouble(ComputeBackend cpu, ComputeBackend backend, int atoms) {
        SplittableRandom random = TestData.random(12 + atoms);
        int groups = TestData.groupCountFor(atoms);
        int[] groupOf = TestData.groupOfAtom(atoms, groups, random);
        double[] groupValues = TestData.doubles(groups, -3, 3, random);
        double[] expected = TestData.doubleOutput(atoms);
        double[] actual = TestData.doubleOutput(atoms);

        try (ExpansionIndex cpuIndex = cpu.prepareExpansion(groupOf, groups);
             ExpansionIndex index = backend.prepareExpansion(groupOf, groups)) {
            cpu.gather(cpuIndex, groupValues, expected);
            backend.gather(index, groupValues, actual);
        }

        Closeness.assertIdentical("gather double", expected, actual, atoms);
        Closeness.assertTailUntouched("gather double", actual, atoms);
    }

    public static void segmentSumFloat(ComputeBackend cpu, ComputeBackend backend, int groups) {
        SplittableRandom random = TestData.random(13 + groups);
        int atoms = 4 * groups;
        int[] groupOf = TestData.groupOfAtom(atoms, Math.max(groups, 1), random);
        float[] atomValues = TestData.floats(atoms, -1, 1, random);
        float[] expected = TestData.floatOutput(groups);
        float[] actual = TestData.floatOutput(groups);

        try (ExpansionIndex cpuIndex = cpu.prepareExpansion(groupOf, groups);
             ExpansionIndex index = backend.prepareExpansion(groupOf, groups)) {
            cpu.segmentSum(cpuIndex, atomValues, expected);
            backend.segmentSum(index, atomValues, actual);
        }

        double[] scale = new double[groups];
        for (int a = 0; a < atoms; a++) {
            scale[groupOf[a]] += Math.abs(atomValues[a]);
        }
        Closeness.assertScaled("segmentSum float", expected, actual, scale, groups, Tolerances.FLOAT_SUM_RELATIVE);
        Closeness.assertTailUntouched("segmentSum float", actual, groups);
    }

    public static void segmentSumDouble(ComputeBackend cpu, ComputeBackend backend, int groups) {
        SplittableRandom random = TestData.random(14 + groups);
        int atoms = 4 * groups;
        int[] groupOf = TestData.groupOfAtom(atoms, Math.max(groups, 1), random);
        double[] atomValues = TestData.doubles(atoms, -1, 1, random);
        double[] expected = TestData.doubleOutput(groups);
        double[] actual = TestData.doubleOutput(groups);

        try (ExpansionIndex cpuIndex = cpu.prepareExpansion(groupOf, groups);
             ExpansionIndex index = backend.prepareExpansion(groupOf, groups)) {
            cpu.segmentSum(cpuIndex, atomValues, expected);
            backend.segmentSum(index, atomValues, actual);
        }

        // Same atoms in the same order with plain double additions: the sums must agree bit for bit.
        Closeness.assertIdentical("segmentSum double", expected, actual, groups);
        Closeness.assertTailUntouched("segmentSum double", actual, groups);
    }

    public static void sigmoidFloat(ComputeBackend cpu, ComputeBackend backend, int n) {
        float[] logits = withExtremes(TestData.floats(n, -15, 15, TestData.random(15 + n)));
        float[] expected = TestData.floatOutput(n);
        float[] actual = TestData.floatOutput(n);

        cpu.sigmoid(logits, expected, n);
        backend.sigmoid(logits, actual, n);

        Closeness.assertRelative("sigmoid float", expected, actual, n, Tolerances.FLOAT_ELEMENTWISE_RELATIVE);
        Closeness.assertTailUntouched("sigmoid float", actual, n);
    }

    public static void sigmoidDouble(ComputeBackend cpu, ComputeBackend backend, int n) {
        double[] logits = TestData.toDoubles(withExtremes(TestData.floats(n, -15, 15, TestData.random(16 + n))));
        double[] expected = TestData.doubleOutput(n);
        double[] actual = TestData.doubleOutput(n);

        cpu.sigmoid(logits, expected, n);
        backend.sigmoid(logits, actual, n);

        Closeness.assertRelative("sigmoid double", expected, actual, n, Tolerances.DOUBLE_ELEMENTWISE_RELATIVE);
        Closeness.assertTailUntouched("sigmoid double", actual, n);
    }

    public static void sigmoidBackwardFloat(ComputeBackend cpu, ComputeBackend backend, int n) {
        SplittableRandom random = TestData.random(17 + n);
        float[] out = TestData.floats(n, 0, 1, random);
        float[] outGrad = TestData.floats(n, -2, 2, random);
        float[] expected = TestData.floatOutput(n);
        float[] actual = TestData.floatOutput(n);

        cpu.sigmoidBackward(out, outGrad, expected, n);
        backend.sigmoidBackward(out, outGrad, actual, n);

        Closeness.assertRelative("sigmoidBackward float", expected, actual, n, Tolerances.FLOAT_ELEMENTWISE_RELATIVE);
        Closeness.assertTailUntouched("sigmoidBackward float", actual, n);
    }

    public static void sigmoidBackwardDouble(ComputeBackend cpu, ComputeBackend backend, int n) {
        SplittableRandom random = TestData.random(18 + n);
        double[] out = TestData.doubles(n, 0, 1, random);
        double[] outGrad = TestData.doubles(n, -2, 2, random);
        double[] expected = TestData.doubleOutput(n);
        double[] actual = TestData.doubleOutput(n);

        cpu.sigmoidBackward(out, outGrad, expected, n);
        backend.sigmoidBackward(out, outGrad, actual, n);

        // Two multiplications and a subtraction, exact to the same rounding on both sides.
        Closeness.assertIdentical("sigmoidBackward double", expected, actual, n);
        Closeness.assertTailUntouched("sigmoidBackward double", actual, n);
    }

    public static void conformerSoftmaxFloat(ComputeBackend cpu, ComputeBackend backend, int sets) {
        SplittableRandom random = TestData.random(19 + sets);
        TestData.Layout layout = TestData.layout(sets, 5, random);
        float[] logits = TestData.floats(layout.groupCount(), -8, 8, random);
        float[] expected = TestData.floatOutput(layout.groupCount());
        float[] actual = TestData.floatOutput(layout.groupCount());

        try (ConformerLayout cpuLayout = prepare(cpu, layout); ConformerLayout deviceLayout = prepare(backend, layout)) {
            cpu.conformerSoftmax(cpuLayout, logits, expected);
            backend.conformerSoftmax(deviceLayout, logits, actual);
        }

        // Groups outside every set keep the sentinel on both sides, so comparing all entries checks them too.
        Closeness.assertRelative("conformerSoftmax float", expected, actual, actual.length,
                Tolerances.FLOAT_SOFTMAX_RELATIVE);
    }

    public static void conformerSoftmaxDouble(ComputeBackend cpu, ComputeBackend backend, int sets) {
        SplittableRandom random = TestData.random(20 + sets);
        TestData.Layout layout = TestData.layout(sets, 5, random);
        double[] logits = TestData.doubles(layout.groupCount(), -8, 8, random);
        double[] expected = TestData.doubleOutput(layout.groupCount());
        double[] actual = TestData.doubleOutput(layout.groupCount());

        try (ConformerLayout cpuLayout = prepare(cpu, layout); ConformerLayout deviceLayout = prepare(backend, layout)) {
            cpu.conformerSoftmax(cpuLayout, logits, expected);
            backend.conformerSoftmax(deviceLayout, logits, actual);
        }

        Closeness.assertRelative("conformerSoftmax double", expected, actual, actual.length,
                Tolerances.DOUBLE_SUM_RELATIVE);
    }

    public static void conformerSoftmaxBackwardFloat(ComputeBackend cpu, ComputeBackend backend, int sets) {
        SplittableRandom random = TestData.random(21 + sets);
        TestData.Layout layout = TestData.layout(sets, 5, random);
        float[] occupancies = TestData.floats(layout.groupCount(), 0, 0.5, random);
        float[] occupancyGrad = TestData.floats(layout.groupCount(), -2, 2, random);
        float[] expected = TestData.floatOutput(layout.groupCount());
        float[] actual = TestData.floatOutput(layout.groupCount());

        try (ConformerLayout cpuLayout = prepare(cpu, layout); ConformerLayout deviceLayout = prepare(backend, layout)) {
            cpu.conformerSoftmaxBackward(cpuLayout, occupancies, occupancyGrad, expected);
            backend.conformerSoftmaxBackward(deviceLayout, occupancies, occupancyGrad, actual);
        }

        double[] scale = softmaxBackwardScale(layout, TestData.toDoubles(occupancies),
                TestData.toDoubles(occupancyGrad), actual.length);
        Closeness.assertScaled("conformerSoftmaxBackward float", expected, actual, scale, actual.length,
                Tolerances.FLOAT_SUM_RELATIVE);
    }

    public static void conformerSoftmaxBackwardDouble(ComputeBackend cpu, ComputeBackend backend, int sets) {
        SplittableRandom random = TestData.random(22 + sets);
        TestData.Layout layout = TestData.layout(sets, 5, random);
        double[] occupancies = TestData.doubles(layout.groupCount(), 0, 0.5, random);
        double[] occupancyGrad = TestData.doubles(layout.groupCount(), -2, 2, random);
        double[] expected = TestData.doubleOutput(layout.groupCount());
        double[] actual = TestData.doubleOutput(layout.groupCount());

        try (ConformerLayout cpuLayout = prepare(cpu, layout); ConformerLayout deviceLayout = prepare(backend, layout)) {
            cpu.conformerSoftmaxBackward(cpuLayout, occupancies, occupancyGrad, expected);
            backend.conformerSoftmaxBackward(deviceLayout, occupancies, occupancyGrad, actual);
        }

        double[] scale = softmaxBackwardScale(layout, occupancies, occupancyGrad, actual.length);
        Closeness.assertScaled("conformerSoftmaxBackward double", expected, actual, scale, actual.length,
                Tolerances.DOUBLE_SUM_RELATIVE);
    }

    public static void weightedRowSum(ComputeBackend cpu, ComputeBackend backend, int cols) {
        SplittableRandom random = TestData.random(23 + cols);
        int rows = 5;
        double[] matrix = TestData.doubles(rows * cols, -4, 4, random);
        double[] weights = TestData.doubles(rows, 0, 1, random);
        double[] expected = TestData.doubleOutput(cols);
        double[] actual = TestData.doubleOutput(cols);

        cpu.weightedRowSum(matrix, rows, cols, weights, expected);
        backend.weightedRowSum(matrix, rows, cols, weights, actual);

        double[] scale = new double[cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                scale[c] += Math.abs(weights[r] * matrix[r * cols + c]);
            }
        }
        Closeness.assertScaled("weightedRowSum", expected, actual, scale, cols, Tolerances.DOUBLE_SUM_RELATIVE);
        Closeness.assertTailUntouched("weightedRowSum", actual, cols);
    }

    public static void rowDot(ComputeBackend cpu, ComputeBackend backend, int rows) {
        SplittableRandom random = TestData.random(24 + rows);
        int cols = 5;
        double[] matrix = TestData.doubles(rows * cols, -4, 4, random);
        double[] vector = TestData.doubles(cols, -1, 1, random);
        double[] expected = TestData.doubleOutput(rows);
        double[] actual = TestData.doubleOutput(rows);

        cpu.rowDot(matrix, rows, cols, vector, expected);
        backend.rowDot(matrix, rows, cols, vector, actual);

        double[] scale = new double[rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                scale[r] += Math.abs(matrix[r * cols + c] * vector[c]);
            }
        }
        Closeness.assertScaled("rowDot", expected, actual, scale, rows, Tolerances.DOUBLE_SUM_RELATIVE);
        Closeness.assertTailUntouched("rowDot", actual, rows);
    }

    public static void structureFactors(ComputeBackend cpu, ComputeBackend backend, int reflectionCount) {
        SplittableRandom random = TestData.random(26 + reflectionCount);
        ScatteringAtoms atoms = TestData.atoms(3, random);
        Reflections reflections = TestData.reflections(reflectionCount, random);
        SymmetryOperators operators = TestData.p21();
        double[] expectedReal = TestData.doubleOutput(reflectionCount);
        double[] expectedImag = TestData.doubleOutput(reflectionCount);
        double[] actualReal = TestData.doubleOutput(reflectionCount);
        double[] actualImag = TestData.doubleOutput(reflectionCount);

        cpu.structureFactors(atoms, reflections, operators, expectedReal, expectedImag);
        backend.structureFactors(atoms, reflections, operators, actualReal, actualImag);

        double[] scale = new double[reflectionCount];
        for (int r = 0; r < reflectionCount; r++) {
            for (int a = 0; a < atoms.count(); a++) {
                double f0 = reflections.formFactors()[atoms.type()[a] * reflectionCount + r];
                scale[r] += operators.count() * atoms.occupancy()[a] * f0;
            }
        }
        Closeness.assertScaled("structureFactors real", expectedReal, actualReal, scale, reflectionCount,
                Tolerances.STRUCTURE_FACTOR_RELATIVE);
        Closeness.assertScaled("structureFactors imag", expectedImag, actualImag, scale, reflectionCount,
                Tolerances.STRUCTURE_FACTOR_RELATIVE);
        Closeness.assertTailUntouched("structureFactors real", actualReal, reflectionCount);
        Closeness.assertTailUntouched("structureFactors imag", actualImag, reflectionCount);
    }

    public static void structureFactorsOccupancyAdjoint(ComputeBackend cpu, ComputeBackend backend, int atomCount) {
        SplittableRandom random = TestData.random(27 + atomCount);
        ScatteringAtoms atoms = TestData.atoms(atomCount, random);
        Reflections reflections = TestData.reflections(3, random);
        SymmetryOperators operators = TestData.p21();
        double[] realGrad = TestData.doubles(3, -1, 1, random);
        double[] imagGrad = TestData.doubles(3, -1, 1, random);
        double[] expected = TestData.doubleOutput(atomCount);
        double[] actual = TestData.doubleOutput(atomCount);

        cpu.structureFactorsOccupancyAdjoint(atoms, reflections, operators, realGrad, imagGrad, expected);
        backend.structureFactorsOccupancyAdjoint(atoms, reflections, operators, realGrad, imagGrad, actual);

        double[] scale = new double[atomCount];
        for (int a = 0; a < atomCount; a++) {
            for (int r = 0; r < reflections.count(); r++) {
                double f0 = reflections.formFactors()[atoms.type()[a] * reflections.count() + r];
                scale[a] += operators.count() * f0 * (Math.abs(realGrad[r]) + Math.abs(imagGrad[r]));
            }
        }
        Closeness.assertScaled("structureFactorsOccupancyAdjoint", expected, actual, scale, atomCount,
                Tolerances.STRUCTURE_FACTOR_RELATIVE);
        Closeness.assertTailUntouched("structureFactorsOccupancyAdjoint", actual, atomCount);
    }

    public static ConformerLayout prepare(ComputeBackend backend, TestData.Layout layout) {
        return backend.prepareConformers(layout.groupCount(), layout.setOffsets(), layout.members(), layout.partial(),
                layout.budget());
    }

    /**
     * Error scale of the softmax adjoint per group: q_j (|dq_j| + sum_i |q_i dq_i| / B), the size of
     * the terms that cancel in q_j (dq_j - mean). Groups outside every set get scale 0.
     */
    private static double[] softmaxBackwardScale(TestData.Layout layout, double[] q, double[] dq, int length) {
        double[] scale = new double[length];
        for (int s = 0; s < layout.partial().length; s++) {
            double weighted = 0.0;
            for (int k = layout.setOffsets()[s]; k < layout.setOffsets()[s + 1]; k++) {
                int j = layout.members()[k];
                weighted += Math.abs(q[j] * dq[j]);
            }
            double mean = layout.budget()[s] > 0.0 ? weighted / layout.budget()[s] : 0.0;
            for (int k = layout.setOffsets()[s]; k < layout.setOffsets()[s + 1]; k++) {
                int j = layout.members()[k];
                scale[j] = Math.abs(q[j]) * (Math.abs(dq[j]) + mean);
            }
        }
        return scale;
    }

    /** Puts logits where exp(-x) overflows float (|x| > 88) and the sign switch at 0 into the first entries. */
    private static float[] withExtremes(float[] logits) {
        float[] extremes = {0.0f, -0.0f, 100.0f, -100.0f, 89.0f, -89.0f, 1e-7f, -1e-7f, 30.0f, -30.0f};
        for (int i = 0; i < Math.min(extremes.length, logits.length); i++) {
            logits[i] = extremes[i];
        }
        return logits;
    }
}
