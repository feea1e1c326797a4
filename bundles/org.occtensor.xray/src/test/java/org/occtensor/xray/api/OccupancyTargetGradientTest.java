package org.occtensor.xray.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.api.UnitCell;
import org.occtensor.core.spi.GroupTarget;
import org.occtensor.core.spi.Target;
import org.occtensor.xray.model.GroupOccupancyTarget;
import org.occtensor.xray.testsupport.Datasets;
import org.occtensor.xray.testsupport.SyntheticCrystal;

/** Gradients of the X-ray occupancy targets against central differences, in float64. */
class OccupancyTargetGradientTest {

    private static final UnitCell P63_CELL = new UnitCell(30.0, 30.0, 45.0, 90, 90, 120, "P 63");
    private static final double STEP = 1e-5;

    @ParameterizedTest
    @ValueSource(strings = {"ml", "ls"})
    void groupTargetWithPrecomputedPartials(String kind) throws DataModelMismatchException {
        SyntheticCrystal crystal = SyntheticCrystal.create(P63_CELL, 30, 2.5, 3, false);
        XrayModel model = XrayModel.create(crystal.atoms(), crystal.data(), Datasets.cpuBackend());
        GroupingPlan plan = triples(crystal.atoms());
        boolean[] refinable = everyOther(plan.groupCount());

        GroupTarget target = model.target(plan, refinable, kind);

        assertTrue(((GroupOccupancyTarget) target).usesPrecomputedPartials());
        checkGroupGradient(target, plan, refinable);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ml", "ls"})
    void groupTargetWithDirectSummation(String kind) throws DataModelMismatchException {
        SyntheticCrystal crystal = SyntheticCrystal.create(P63_CELL, 30, 2.5, 4, true);
        XrayModel model = XrayModel.create(crystal.atoms(), crystal.data(), Datasets.cpuBackend(),
                XrayOptions.defaults().withPartialsHeapFraction(0.0));
        GroupingPlan plan = triples(crystal.atoms());
        boolean[] refinable = everyOther(plan.groupCount());

        GroupTarget target = model.target(plan, refinable, kind);

        assertFalse(((GroupOccupancyTarget) target).usesPrecomputedPartials());
        checkGroupGradient(target, plan, refinable);
    }

    @Test
    void precomputedAndDirectPathsAgree() throws DataModelMismatchException {
        SyntheticCrystal crystal = SyntheticCrystal.create(P63_CELL, 30, 2.5, 5, true);
        GroupingPlan plan = triples(crystal.atoms());
        boolean[] refinable = everyOther(plan.groupCount());
        XrayModel model = XrayModel.create(crystal.atoms(), crystal.data(), Datasets.cpuBackend());
        XrayModel direct = XrayModel.create(crystal.atoms(), crystal.data(), Datasets.cpuBackend(),
                XrayOptions.defaults().withPartialsHeapFraction(0.0));
        double[] q = occupancies(plan.groupCount(), 0.55);
        double[] gradientA = new double[plan.groupCount()];
        double[] gradientB = new double[plan.groupCount()];

        double a = model.target(plan, refinable, "ml").evaluate(q, gradientA);
        double b = direct.target(plan, refinable, "ml").evaluate(q, gradientB);

        assertEquals(a, b, 1e-9 * Math.abs(a));
        for (int g = 0; g < q.length; g++) {
            assertEquals(gradientA[g], gradientB[g], 1e-8 * (1 + Math.abs(gradientA[g])), "group " + g);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ml", "ls"})
    void atomTargetGradientWithSpecialPosition(String kind) throws DataModelMismatchException {
        SyntheticCrystal crystal = SyntheticCrystal.create(P63_CELL, 16, 2.5, 6, true);
        XrayModel model = XrayModel.create(crystal.atoms(), crystal.data(), Datasets.cpuBackend());
        Target target = model.atomTarget(kind);
        double[] occupancies = occupancies(crystal.atoms().size(), 0.6);
        double[] gradient = new double[occupancies.length];

        target.evaluate(occupancies, gradient);

        double[] scratch = new double[occupancies.length];
        for (int a = 0; a < occupancies.length; a++) {
            double[] plus = occupancies.clone();
            double[] minus = occupancies.clone();
            plus[a] += STEP;
            minus[a] -= STEP;
            double numeric = (target.evaluate(plus, scratch) - target.evaluate(minus, scratch)) / (2 * STEP);
            assertEquals(numeric, gradient[a], 1e-5 * Math.max(1e-3, Math.abs(numeric)), "atom " + a);
        }
    }

    @Test
    void atomAndGroupTargetsAgree() throws DataModelMismatchException {
        SyntheticCrystal crystal = SyntheticCrystal.create(P63_CELL, 30, 2.5, 7, true);
        XrayModel model = XrayModel.create(crystal.atoms(), crystal.data(), Datasets.cpuBackend());
        GroupingPlan plan = triples(crystal.atoms());
        boolean[] all = new boolean[plan.groupCount()];
        java.util.Arrays.fill(all, true);
        double[] q = occupancies(plan.groupCount(), 0.45);
        double[] perAtom = new double[plan.atomCount()];
        for (int a = 0; a < perAtom.length; a++) {
            perAtom[a] = q[plan.groupOf(a)];
        }
        double[] groupGradient = new double[plan.groupCount()];
        double[] atomGradient = new double[plan.atomCount()];

        double groupValue = model.target(plan, all, "ml").evaluate(q, groupGradient);
        double atomValue = model.atomTarget("ml").evaluate(perAtom, atomGradient);

        assertEquals(atomValue, groupValue, 1e-9 * Math.abs(atomValue));
        for (int g = 0; g < plan.groupCount(); g++) {
            double sum = 0;
            for (int a : plan.atomsOf(g)) {
                sum += atomGradient[a];
            }
            assertEquals(sum, groupGradient[g], 1e-8 * (1 + Math.abs(sum)), "group " + g);
        }
    }

    @Test
    void partialsAreReusedAcrossMacroCycles() throws DataModelMismatchException {
        SyntheticCrystal crystal = SyntheticCrystal.create(P63_CELL, 30, 2.5, 8, false);
        XrayModel model = XrayModel.create(crystal.atoms(), crystal.data(), Datasets.cpuBackend());
        GroupingPlan plan = triples(crystal.atoms());
        boolean[] refinable = everyOther(plan.groupCount());
        GroupOccupancyTarget first = (GroupOccupancyTarget) model.target(plan, refinable, "ml");
        double[] atomOccupancies = crystal.atoms().occupancies();
        for (int a = 0; a < atomOccupancies.length; a++) {
            if (refinable[plan.groupOf(a)]) {
                atomOccupancies[a] = 0.5;
            }
        }

        model.updateSolventAndScales(atomOccupancies);
        GroupOccupancyTarget second = (GroupOccupancyTarget) model.target(plan, refinable, "ls");
        GroupOccupancyTarget fresh = (GroupOccupancyTarget) model.target(triples(crystal.atoms()), refinable, "ls");
        GroupOccupancyTarget third = (GroupOccupancyTarget) model.target(plan, refinable, "ls");
        GroupOccupancyTarget fourth = (GroupOccupancyTarget) model.target(plan, refinable, "ml");
        atomOccupancies[3] = 0.25;
        model.updateSolventAndScales(atomOccupancies);
        GroupOccupancyTarget fifth = (GroupOccupancyTarget) model.target(plan, refinable, "ml");

        assertTrue(second.sharesPartialsWith(first));
        assertFalse(fresh.sharesPartialsWith(second), "another plan instance");
        assertFalse(third.sharesPartialsWith(fresh), "another plan instance");
        assertTrue(fourth.sharesPartialsWith(third));
        assertFalse(fifth.sharesPartialsWith(fourth), "atom 3 is in a fixed group whose occupancy changed");
        double[] q = occupancies(plan.groupCount(), 0.5);
        double[] gradient = new double[q.length];
        double expected = fresh.evaluate(q, gradient);
        assertEquals(expected, second.evaluate(q, gradient), 1e-12 * Math.abs(expected));
    }

    @Test
    void realDataGroupGradient() throws DataModelMismatchException {
        AtomTable atoms = Datasets.BDW.atoms();
        XrayModel model = XrayModel.create(atoms, org.occtensor.xray.testsupport.CctbxReference.of(Datasets.BDW, atoms)
                .data(), Datasets.cpuBackend());
        GroupingPlan plan = byResidue(atoms);
        boolean[] refinable = new boolean[plan.groupCount()];
        java.util.Arrays.fill(refinable, true);

        checkGroupGradient(model.target(plan, refinable, "ml"), plan, refinable);
    }

    private static void checkGroupGradient(GroupTarget target, GroupingPlan plan, boolean[] refinable) {
        double[] q = occupancies(plan.groupCount(), 0.7);
        double[] gradient = new double[q.length];
        target.evaluate(q, gradient);
        double[] scratch = new double[q.length];
        int checked = 0;
        for (int g = 0; g < q.length && checked < 12; g++) {
            if (!refinable[g]) {
                assertEquals(0.0, gradient[g], "group " + g + " is not refinable");
                continue;
            }
            double[] plus = q.clone();
            double[] minus = q.clone();
            plus[g] += STEP;
            minus[g] -= STEP;
            double numeric = (target.evaluate(plus, scratch) - target.evaluate(minus, scratch)) / (2 * STEP);
            assertEquals(numeric, gradient[g], 1e-5 * Math.max(1e-3, Math.abs(numeric)), "group " + plan.label(g));
            checked++;
        }
        assertTrue(checked > 0);
    }

    private static double[] occupancies(int n, double base) {
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = base + 0.3 * Math.sin(1.7 * i);
        }
        return q;
    }

    private static boolean[] everyOther(int n) {
        boolean[] flags = new boolean[n];
        for (int i = 0; i < n; i += 2) {
            flags[i] = true;
        }
        return flags;
    }

    /** Groups of three consecutive atoms. */
    private static GroupingPlan triples(AtomTable atoms) {
        int[] groupOf = new int[atoms.size()];
        for (int a = 0; a < groupOf.length; a++) {
            groupOf[a] = a / 3;
        }
        int groups = (atoms.size() + 2) / 3;
        String[] labels = new String[groups];
        for (int g = 0; g < groups; g++) {
            labels[g] = "atoms " + (3 * g) + "-" + Math.min(atoms.size() - 1, 3 * g + 2);
        }
        return GroupingPlan.of(groupOf, labels, List.of(), new boolean[groups]);
    }

    /** One group per residue (chain, number, insertion code), in order of first appearance. */
    private static GroupingPlan byResidue(AtomTable atoms) {
        java.util.Map<AtomTable.ResidueKey, Integer> ids = new java.util.LinkedHashMap<>();
        int[] groupOf = new int[atoms.size()];
        for (int a = 0; a < atoms.size(); a++) {
            groupOf[a] = ids.computeIfAbsent(atoms.residueKey(a), key -> ids.size());
        }
        String[] labels = ids.keySet().stream().map(Object::toString).toArray(String[]::new);
        return GroupingPlan.of(groupOf, labels, List.of(), new boolean[labels.length]);
    }
}
