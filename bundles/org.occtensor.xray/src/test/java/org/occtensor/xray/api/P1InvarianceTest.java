package org.occtensor.xray.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.UnitCell;
import org.occtensor.xray.symmetry.SpaceGroup;
import org.occtensor.xray.testsupport.CctbxReference;
import org.occtensor.xray.testsupport.Datasets;
import org.occtensor.xray.testsupport.P1Expansion;
import org.occtensor.xray.testsupport.SyntheticCrystal;

/**
 * Expanding model and data to P 1 must not change F_calc, and changes R only through the weight that
 * the expansion gives each unique reflection (its number of distinct equivalents) in the scaling fit.
 */
class P1InvarianceTest {

    @Test
    void fcalcAndRFactorsOf1bdwInP1() throws DataModelMismatchException {
        AtomTable atoms = Datasets.BDW.atoms();
        SpaceGroup group = Datasets.spaceGroup(atoms);
        ReflectionData data = CctbxReference.of(Datasets.BDW, atoms).data();
        XrayModel original = XrayModel.create(atoms, data, Datasets.cpuBackend());

        AtomTable p1Atoms = P1Expansion.atoms(atoms, group);
        XrayModel expanded = XrayModel.create(p1Atoms, P1Expansion.data(data, group), Datasets.cpuBackend());

        assertEquals(4 * atoms.size(), p1Atoms.size());
        assertSameFcalc(original, expanded);
        double weightedWork = weightedR(original, group, false);
        double weightedFree = weightedR(original, group, true);
        System.out.printf("1bdw: R-work %.5f in P 21 21 21 (%.5f weighted by P 1 copies), %.5f in P 1;"
                + " R-free %.5f (%.5f), %.5f%n", original.rWork(), weightedWork, expanded.rWork(), original.rFree(),
                weightedFree, expanded.rFree());
        assertEquals(weightedWork, expanded.rWork(), 0.002);
        assertEquals(weightedFree, expanded.rFree(), 0.002);
    }

    @Test
    void specialPositionSurvivesExpansion() throws DataModelMismatchException {
        SyntheticCrystal crystal = SyntheticCrystal.create(new UnitCell(30.0, 30.0, 45.0, 90, 90, 120, "P 63"), 12,
                2.5, 21, true);
        SpaceGroup group = Datasets.spaceGroup(crystal.atoms());
        XrayModel original = XrayModel.create(crystal.atoms(), crystal.data(), Datasets.cpuBackend(),
                XrayOptions.defaults().withFcalcMethod(FcalcMethod.DIRECT));

        AtomTable p1Atoms = P1Expansion.atoms(crystal.atoms(), group);
        XrayModel expanded = XrayModel.create(p1Atoms, P1Expansion.data(crystal.data(), group),
                Datasets.cpuBackend(), XrayOptions.defaults().withFcalcMethod(FcalcMethod.DIRECT));

        // The atom on the 3-fold axis has 2 distinct copies, every other atom 6.
        assertEquals(2 + 6 * (crystal.atoms().size() - 1), p1Atoms.size());
        assertSameFcalc(original, expanded);
    }

    /** R with each reflection counted as often as it has distinct equivalents in P 1, as the expanded data do. */
    private static double weightedR(XrayModel model, SpaceGroup group, boolean free) {
        int[] hkl = model.hkl();
        double[] fobs = model.fobs();
        boolean[] flags = model.free();
        StructureFactorArrays fmodel = model.fmodel();
        double num = 0;
        double den = 0;
        for (int r = 0; r < fobs.length; r++) {
            if (flags[r] != free) {
                continue;
            }
            int copies = P1Expansion.copies(hkl[3 * r], hkl[3 * r + 1], hkl[3 * r + 2], group);
            num += copies * Math.abs(fobs[r] - fmodel.amplitude(r));
            den += copies * fobs[r];
        }
        return num / den;
    }

    private static void assertSameFcalc(XrayModel original, XrayModel expanded) {
        Map<List<Integer>, Integer> index = new HashMap<>();
        int[] p1 = expanded.hkl();
        for (int r = 0; r < p1.length / 3; r++) {
            index.put(List.of(p1[3 * r], p1[3 * r + 1], p1[3 * r + 2]), r);
        }
        StructureFactorArrays a = original.fcalc();
        StructureFactorArrays b = expanded.fcalc();
        int[] hkl = original.hkl();
        double scale = 0;
        for (int r = 0; r < a.size(); r++) {
            scale = Math.max(scale, a.amplitude(r));
        }
        for (int r = 0; r < a.size(); r++) {
            Integer match = index.get(List.of(hkl[3 * r], hkl[3 * r + 1], hkl[3 * r + 2]));
            double sign = 1.0;
            if (match == null) {
                // The P 1 asymmetric unit may hold the Friedel mate, F(-h) = conj F(h).
                match = index.get(List.of(-hkl[3 * r], -hkl[3 * r + 1], -hkl[3 * r + 2]));
                sign = -1.0;
            }
            assertNotNull(match, "reflection " + r + " has no equivalent in the P 1 data");
            assertEquals(a.real()[r], b.real()[match], 1e-9 * scale, "Re F of reflection " + r);
            assertEquals(a.imag()[r], sign * b.imag()[match], 1e-9 * scale, "Im F of reflection " + r);
        }
    }
}
