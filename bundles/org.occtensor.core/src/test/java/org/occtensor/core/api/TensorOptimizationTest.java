package org.occtensor.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.occtensor.core.api.optim.AdamOptimizer;
import org.occtensor.core.api.optim.LbfgsOptimizer;
import org.occtensor.core.api.optim.Objective;
import org.occtensor.core.api.optim.OptimizationResult;
import org.occtensor.core.api.optim.StopCriteria;

/** The tensor driven by the optimizers on synthetic quadratic targets of known minimum. */
class TensorOptimizationTest {

    /** Occupancies the quadratic target pulls the mixed plan's atoms towards. */
    private static final double[] TRUE_OCCUPANCIES = {0.35, 0.35, 0.35, 0.7, 0.7, 0.3, 0.3, 0.6, 0.6, 1.0, 1.0, 1.0};

    @Test
    void lbfgsRecoversKnownOccupancies() {
        OccupancyTensor tensor = OccupancyTensor.create(TensorFixtures.mixedPlan(), TensorFixtures.mixedOccupancies());
        OptimizationResult result = new LbfgsOptimizer().minimize(quadratic(tensor), tensor.parameters(),
                StopCriteria.defaults().withMaxIterations(100));
        tensor.setParameters(result.x());

        double[] q = tensor.groupOccupancies();
        assertEquals(0.35, q[0], 1e-4, "shared group");
        assertEquals(0.7, q[1], 1e-4, "set A");
        assertEquals(0.3, q[2], 1e-4, "set B");
        assertEquals(0.6, q[3], 1e-4, "partial ligand");
    }

    @Test
    void adamRecoversKnownOccupancies() {
        OccupancyTensor tensor = OccupancyTensor.create(TensorFixtures.mixedPlan(), TensorFixtures.mixedOccupancies());
        OptimizationResult result = new AdamOptimizer().minimize(quadratic(tensor), tensor.parameters(),
                new StopCriteria(2000, 1e-7, 0.0));
        tensor.setParameters(result.x());

        double[] q = tensor.groupOccupancies();
        assertEquals(0.35, q[0], 1e-2);
        assertEquals(0.7, q[1], 1e-2);
        assertEquals(0.6, q[3], 1e-2);
    }

    @Test
    void fixedGroupsUnchangedAfterHundredSteps() {
        OccupancyTensor tensor = OccupancyTensor.create(TensorFixtures.mixedPlan(), TensorFixtures.mixedOccupancies());
        tensor.freezeGroups(1);
        double[] before = tensor.groupOccupancies();
        OptimizationResult result = new AdamOptimizer().minimize(quadratic(tensor), tensor.parameters(),
                new StopCriteria(100, 0.0, 0.0));
        tensor.setParameters(result.x());
        double[] after = tensor.groupOccupancies();

        assertEquals(100, result.iterations());
        for (int g : new int[] {1, 4, 5}) {
            assertEquals(before[g], after[g], 0.0, "frozen group " + g);
        }
        assertTrue(Math.abs(after[0] - before[0]) > 0.1, "a refinable group moved");
        assertEquals(1.0, after[1] + after[2], 1e-12, "the set still sums to 1 around its frozen member");
    }

    private static Objective quadratic(OccupancyTensor tensor) {
        return (x, gradient) -> {
            tensor.setParameters(x);
            double[] occ = tensor.forward64();
            double[] atomGradient = new double[occ.length];
            double loss = 0.0;
            for (int a = 0; a < occ.length; a++) {
                double d = occ[a] - TRUE_OCCUPANCIES[a];
                loss += d * d;
                atomGradient[a] = 2 * d;
            }
            System.arraycopy(tensor.backward64(atomGradient), 0, gradient, 0, gradient.length);
            return loss;
        };
    }
}
