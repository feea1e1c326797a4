package org.occtensor.xray.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.api.UnitCell;
import org.occtensor.core.spi.GroupTarget;
import org.occtensor.core.spi.TargetContext;
import org.occtensor.core.spi.TargetProvider;
import org.occtensor.xray.api.DataModelMismatchException;
import org.occtensor.xray.api.XrayModel;
import org.occtensor.xray.testsupport.Datasets;
import org.occtensor.xray.testsupport.SyntheticCrystal;

/** The ml and ls providers are found by ServiceLoader and build the same targets as the X-ray model. */
class TargetProvidersTest {

    private static final UnitCell P63_CELL = new UnitCell(30.0, 30.0, 45.0, 90, 90, 120, "P 63");

    @Test
    void serviceLoaderFindsBoth() {
        List<String> names = new ArrayList<>();
        for (TargetProvider provider : ServiceLoader.load(TargetProvider.class)) {
            names.add(provider.name());
            assertFalse(provider.description().isBlank(), provider.name() + " has no description");
        }
        names.sort(null);
        assertEquals(List.of("ls", "ml"), names);
    }

    @Test
    void providersMatchModelTargets() throws DataModelMismatchException {
        SyntheticCrystal crystal = SyntheticCrystal.create(P63_CELL, 30, 2.5, 3, false);
        XrayModel model = XrayModel.create(crystal.atoms(), crystal.data(), Datasets.cpuBackend());
        GroupingPlan plan = pairs(crystal.atoms());
        boolean[] refinable = new boolean[plan.groupCount()];
        Arrays.fill(refinable, true);
        TargetContext context = TargetContext.of(crystal.atoms(), plan, refinable, Map.of(XrayModel.class, model));
        double[] q = new double[plan.groupCount()];
        for (int g = 0; g < q.length; g++) {
            q[g] = 0.3 + 0.5 * ((g * 7) % 5) / 4.0;
        }

        for (TargetProvider provider : List.of(new MaximumLikelihoodProvider(), new LeastSquaresProvider())) {
            GroupTarget fromProvider = provider.create(context);
            double[] gradientA = new double[q.length];
            double[] gradientB = new double[q.length];
            double a = fromProvider.evaluate(q, gradientA);
            double b = model.target(plan, refinable, provider.name()).evaluate(q, gradientB);

            assertEquals(provider.name(), fromProvider.name());
            assertEquals(plan.groupCount(), fromProvider.groupCount());
            assertEquals(b, a, 1e-12 * Math.abs(b), provider.name());
            assertTrue(Double.isFinite(a), provider.name() + " target " + a);
        }
    }

    @Test
    void missingModelIsRejected() {
        SyntheticCrystal crystal = SyntheticCrystal.create(P63_CELL, 30, 2.5, 3, false);
        GroupingPlan plan = pairs(crystal.atoms());
        TargetContext context = TargetContext.of(crystal.atoms(), plan, new boolean[plan.groupCount()], Map.of());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LeastSquaresProvider().create(context));

        assertTrue(e.getMessage().contains("'ls'"), e.getMessage());
        assertTrue(e.getMessage().contains("XrayModel"), e.getMessage());
    }

    /** Groups of two consecutive atoms. */
    private static GroupingPlan pairs(AtomTable atoms) {
        int[] groupOf = new int[atoms.size()];
        for (int a = 0; a < groupOf.length; a++) {
            groupOf[a] = a / 2;
        }
        int groups = (atoms.size() + 1) / 2;
        String[] labels = new String[groups];
        for (int g = 0; g < groups; g++) {
            labels[g] = "atoms " + (2 * g) + "-" + Math.min(atoms.size() - 1, 2 * g + 1);
        }
        return GroupingPlan.of(groupOf, labels, List.of(), new boolean[groups]);
    }
}
