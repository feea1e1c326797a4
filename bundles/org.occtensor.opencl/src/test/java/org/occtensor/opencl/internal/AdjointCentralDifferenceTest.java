package org.occtensor.opencl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.occtensor.core.spi.ConformerLayout;
import org.occtensor.core.spi.ExpansionIndex;
import org.occtensor.core.spi.Reflections;
import org.occtensor.core.spi.ScatteringAtoms;
import org.occtensor.core.spi.SymmetryOperators;

/**
 * Checks each adjoint kernel against central differences of its forward kernel, both on the
 * OpenCL device in double: for a random cotangent v, the gradient of L(x) = v . f(x) from the
 * adjoint must match (L(x + h e_i) - L(x - h e_i)) / 2h.
 */
class AdjointCentralDifferenceTest {

    /** Relative step: large enough to keep rounding below 1e-10, small enough for a 1e-6 truncation error. */
    private static final double STEP = 1e-6;

    private final OpenClBackend openCl = OpenClTestSupport.sharedBackend();

    @AfterEach
    void backendStayedOnDevice() {
        assertNull(openCl.failure(), "the OpenCL backend fell back to the CPU");
    }

    @Test
    void sigmoidBackwardMatchesDifferences() {
        SplittableRandom random = TestData.random(71);
        int n = 20;
        double[] logits = TestData.doubles(n, -4, 4, random);
        double[] v = TestData.doubles(n, -1, 1, random);
        double[] out = new double[n];
        openCl.sigmoid(logits, out, n);
        double[] gradient = new double[n];
        openCl.sigmoidBackward(out, v, gradient, n);

        assertMatchesDifferences("sigmoid", logits, gradient, x -> {
            double[] y = new double[n];
            openCl.sigmoid(x, y, n);
            return dot(v, y);
        });
    }

    @Test
    void conformerSoftmaxBackwardMatchesDifferences() {
        SplittableRandom random = TestData.random(72);
        TestData.Layout layout = TestData.layout(12, 2, random);
        double[] logits = TestData.doubles(layout.groupCount(), -3, 3, random);
        double[] v = TestData.doubles(layout.groupCount(), -1, 1, random);

        try (ConformerLayout prepared = KernelParityTest.prepare(openCl, layout)) {
            double[] q = new double[layout.groupCount()];
            openCl.conformerSoftmax(prepared, logits, q);
            double[] gradient = new double[layout.groupCount()];
            openCl.conformerSoftmaxBackward(prepared, q, v, gradient);

            // Only free members have logits that the softmax reads; the check covers exactly those.
            double[] memberGradient = new double[layout.groupCount()];
            for (int member : layout.members()) {
                memberGradient[member] = gradient[member];
            }
            assertMatchesDifferences("conformerSoftmax", logits, memberGradient, x -> {
                double[] y = new double[layout.groupCount()];
                openCl.conformerSoftmax(prepared, x, y);
                double sum = 0.0;
                for (int member : layout.members()) {
                    sum += v[member] * y[member];
                }
                return sum;
            });
        }
    }

    @Test
    void segmentSumIsGatherAdjoint() {
        SplittableRandom random = TestData.random(73);
        int atoms = 40;
        int groups = 7;
        int[] groupOf = TestData.groupOfAtom(atoms, groups, random);
        double[] groupValues = TestData.doubles(groups, -1, 1, random);
        double[] v = TestData.doubles(atoms, -1, 1, random);

        try (ExpansionIndex index = openCl.prepareExpansion(groupOf, groups)) {
            double[] gradient = new double[groups];
            openCl.segmentSum(index, v, gradient);

            assertMatchesDifferences("gather", groupValues, gradient, x -> {
                double[] y = new double[atoms];
                openCl.gather(index, x, y);
                return dot(v, y);
            });
        }
    }

    @Test
    void rowDotIsWeightedRowSumAdjoint() {
        SplittableRandom random = TestData.random(74);
        int rows = 6;
        int cols = 25;
        double[] matrix = TestData.doubles(rows * cols, -2, 2, random);
        double[] weights = TestData.doubles(rows, 0, 1, random);
        double[] v = TestData.doubles(cols, -1, 1, random);
        double[] gradient = new double[rows];
        openCl.rowDot(matrix, rows, cols, v, gradient);

        assertMatchesDifferences("weightedRowSum", weights, gradient, x -> {
            double[] y = new double[cols];
            openCl.weightedRowSum(matrix, rows, cols, x, y);
            return dot(v, y);
        });
    }

    @Test
    void structureFactorAdjointMatchesDifferences() {
        SplittableRandom random = TestData.random(75);
        ScatteringAtoms atoms = TestData.atoms(9, random);
        Reflections reflections = TestData.reflections(30, random);
        SymmetryOperators operators = TestData.p21();
        double[] realGrad = TestData.doubles(30, -1, 1, random);
        double[] imagGrad = TestData.doubles(30, -1, 1, random);
        double[] gradient = new double[9];
        openCl.structureFactorsOccupancyAdjoint(atoms, reflections, operators, realGrad, imagGrad, gradient);

        assertMatchesDifferences("structureFactors", atoms.occupancy(), gradient, occupancy -> {
            ScatteringAtoms shifted = new ScatteringAtoms(atoms.count(), atoms.fractional(), occupancy, atoms.bIso(),
                    atoms.uStar(), atoms.type());
            double[] real = new double[30];
            double[] imag = new double[30];
            openCl.structureFactors(shifted, reflections, operators, real, imag);
            return dot(realGrad, real) + dot(imagGrad, imag);
        });
    }

    private static void assertMatchesDifferences(String op, double[] x, double[] gradient,
                                                 ToDoubleFunction<double[]> loss) {
        for (int i = 0; i < x.length; i++) {
            double h = STEP * Math.max(1.0, Math.abs(x[i]));
            double[] plus = x.clone();
            double[] minus = x.clone();
            plus[i] += h;
            minus[i] -= h;
            double difference = (loss.applyAsDouble(plus) - loss.applyAsDouble(minus)) / (2 * h);

            double tolerance = Tolerances.CENTRAL_DIFFERENCE_RELATIVE * Math.max(1.0, Math.abs(difference));
            assertEquals(difference, gradient[i], tolerance, op + " adjoint, input " + i);
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0.0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
