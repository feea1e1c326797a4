package org.occtensor.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.occtensor.core.api.autodiff.Tape;
import org.occtensor.core.api.autodiff.TargetOperation;
import org.occtensor.core.api.autodiff.Variable;
import org.occtensor.core.spi.GroupTarget;
import org.occtensor.core.spi.Target;

/** Gradients of the composed forward pass against central differences, in float64. */
class TensorGradientTest {

    private static final double STEP = 1e-6;
    private static final double TOLERANCE = 1e-7;

    @Test
    void mixedPlanGradientMatchesCentralDifferences() {
        OccupancyTensor tensor = OccupancyTensor.create(TensorFixtures.mixedPlan(), TensorFixtures.mixedOccupancies());
        assertGradient(tensor, 11);
    }

    @Test
    void gradientAwayFromStartingPoint() {
        OccupancyTensor tensor = OccupancyTensor.create(TensorFixtures.mixedPlan(), TensorFixtures.mixedOccupancies());
        double[] p = tensor.parameters();
        for (int k = 0; k < p.length; k++) {
            p[k] += 0.7 * (k + 1) * (k % 2 == 0 ? 1 : -1);
        }
        tensor.setParameters(p);
        assertGradient(tensor, 12);
    }

    @Test
    void threeWayCompleteSetGradient() {
        GroupingPlanBuilder b = GroupingPlan.builder(6);
        int[] g = {b.addGroup("A", 0, 1), b.addGroup("B", 2, 3), b.addGroup("C", 4, 5)};
        b.addConformerSet(ConformerSet.Kind.COMPLETE, g);
        for (int id : g) {
            b.setRefinable(id, true);
        }
        OccupancyTensor tensor = OccupancyTensor.create(b.build(), new double[] {0.2, 0.2, 0.5, 0.5, 0.3, 0.3});
        assertEquals(2, tensor.parameterCount());
        assertGradient(tensor, 13);
    }

    @Test
    void partialSetGradient() {
        GroupingPlanBuilder b = GroupingPlan.builder(4);
        int a = b.addGroup("A", 0, 1);
        int c = b.addGroup("B", 2, 3);
        b.addConformerSet(ConformerSet.Kind.PARTIAL, a, c);
        b.setRefinable(a, true);
        b.setRefinable(c, true);
        OccupancyTensor tensor = OccupancyTensor.create(b.build(), new double[] {0.4, 0.4, 0.3, 0.3});
        assertEquals(2, tensor.parameterCount());
        assertGradient(tensor, 14);
    }

    @Test
    void frozenMemberOfSetGradient() {
        GroupingPlanBuilder b = GroupingPlan.builder(3);
        int[] g = {b.addGroup("A", 0), b.addGroup("B", 1), b.addGroup("C", 2)};
        b.addConformerSet(ConformerSet.Kind.COMPLETE, g);
        for (int id : g) {
            b.setRefinable(id, true);
        }
        OccupancyTensor tensor = OccupancyTensor.create(b.build(), new double[] {0.5, 0.3, 0.2});
        tensor.freezeGroups(g[0]);
        assertEquals(1, tensor.parameterCount());
        assertGradient(tensor, 15);
        double[] p = tensor.parameters();
        p[0] = 2.0;
        tensor.setParameters(p);
        assertEquals(0.5, tensor.groupOccupancy(g[0]), 0.0, "the frozen member keeps its exact value");
        assertEquals(1.0, tensor.groupOccupancies()[1] + tensor.groupOccupancies()[2] + 0.5, 1e-12);
    }

    @Test
    void identityParameterisationGradient() {
        OccupancyTensor tensor = OccupancyTensor.builder(TensorFixtures.mixedPlan())
                .occupancies(TensorFixtures.mixedOccupancies())
                .parameterisation(Parameterisation.identity(0.0, 1.0))
                .build();
        assertGradient(tensor, 16);
    }

    @Test
    void groupGradientMatchesAtomGradientSum() {
        GroupingPlan plan = TensorFixtures.mixedPlan();
        OccupancyTensor tensor = OccupancyTensor.create(plan, TensorFixtures.mixedOccupancies());
        double[] w = TensorFixtures.randomWeights(12, 17);
        double[] groupWeights = new double[plan.groupCount()];
        for (int a = 0; a < 12; a++) {
            groupWeights[plan.groupOf(a)] += w[a];
        }
        double[] viaAtoms = tensor.backward64(w);
        double[] viaGroups = tensor.backwardGroups64(groupWeights);
        for (int k = 0; k < viaAtoms.length; k++) {
            assertEquals(viaAtoms[k], viaGroups[k], 1e-12);
        }
    }

    @Test
    void groupTargetGradientMatchesCentralDifferences() {
        OccupancyTensor tensor = OccupancyTensor.create(TensorFixtures.mixedPlan(), TensorFixtures.mixedOccupancies());
        double[] weights = TensorFixtures.randomWeights(tensor.groupCount(), 19);
        GroupTarget target = new GroupTarget() {
            @Override
            public String name() {
                return "weighted-squares";
            }

            @Override
            public int groupCount() {
                return weights.length;
            }

            @Override
            public double evaluate(double[] q, double[] gradient) {
                double value = 0;
                for (int g = 0; g < q.length; g++) {
                    value += weights[g] * q[g] * q[g];
                    gradient[g] = 2 * weights[g] * q[g];
                }
                return value;
            }
        };
        double[] gradient = new double[tensor.parameterCount()];

        double value = tensor.evaluate(target, gradient);

        double[] p = tensor.parameters();
        assertEquals(target.evaluate(tensor.groupOccupancies(), new double[weights.length]), value, 1e-12);
        for (int k = 0; k < p.length; k++) {
            double[] plus = p.clone();
            double[] minus = p.clone();
            plus[k] += STEP;
            minus[k] -= STEP;
            tensor.setParameters(plus);
            double up = target.evaluate(tensor.groupOccupancies(), new double[weights.length]);
            tensor.setParameters(minus);
            double down = target.evaluate(tensor.groupOccupancies(), new double[weights.length]);
            assertEquals((up - down) / (2 * STEP), gradient[k], TOLERANCE, "parameter " + k);
        }
    }

    @Test
    void float32BackwardAgreesWithFloat64() {
        OccupancyTensor tensor = OccupancyTensor.create(TensorFixtures.mixedPlan(), TensorFixtures.mixedOccupancies());
        double[] w = TensorFixtures.randomWeights(12, 18);
        float[] w32 = new float[12];
        for (int i = 0; i < 12; i++) {
            w32[i] = (float) w[i];
        }
        double[] exact = tensor.backward64(w);
        float[] single = tensor.backward(w32);
        for (int k = 0; k < exact.length; k++) {
            assertEquals(exact[k], single[k], 1e-5 * (1 + Math.abs(exact[k])));
        }
    }

    @Test
    void userTargetBackPropagatesThroughTape() {
        OccupancyTensor tensor = OccupancyTensor.create(TensorFixtures.mixedPlan(), TensorFixtures.mixedOccupancies());
        double[] reference = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 0.0, 0.5};
        Target squared = new Target() {
            @Override
            public String name() {
                return "squared-distance";
            }

            @Override
            public int atomCount() {
                return 12;
            }

            @Override
            public double evaluate(double[] occupancies, double[] gradient) {
                double sum = 0.0;
                for (int i = 0; i < occupancies.length; i++) {
                    double d = occupancies[i] - reference[i];
                    sum += d * d;
                    gradient[i] = 2 * d;
                }
                return sum;
            }
        };
        Tape tape = new Tape(tensor.backend(), Precision.FLOAT64);
        Variable p = tape.input("p", tensor.parameters());
        Variable loss = tape.apply(new TargetOperation(squared), tensor.bind(tape, p));
        tape.backward(loss);

        double[] params = tensor.parameters();
        for (int k = 0; k < params.length; k++) {
            double[] plus = params.clone();
            double[] minus = params.clone();
            plus[k] += STEP;
            minus[k] -= STEP;
            p.setValues(plus);
            tape.forward();
            double up = loss.value(0);
            p.setValues(minus);
            tape.forward();
            double down = loss.value(0);
            p.setValues(params);
            tape.forward();
            tape.backward(loss);
            assertEquals((up - down) / (2 * STEP), p.grad(k), TOLERANCE, "parameter " + k);
        }
    }

    private static void assertGradient(OccupancyTensor tensor, long seed) {
        double[] w = TensorFixtures.randomWeights(tensor.atomCount(), seed);
        double[] analytic = tensor.backward64(w);
        double[] numeric = TensorFixtures.numericGradient(tensor, w, STEP);
        for (int k = 0; k < analytic.length; k++) {
            assertEquals(numeric[k], analytic[k], TOLERANCE, "parameter " + k + " (group "
                    + tensor.parameterGroups()[k] + ")");
        }
    }
}
