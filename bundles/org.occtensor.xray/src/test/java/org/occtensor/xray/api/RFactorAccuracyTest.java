package org.occtensor.xray.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.occtensor.core.api.AtomTable;
import org.occtensor.xray.testsupport.Agreement;
import org.occtensor.xray.testsupport.CctbxReference;
import org.occtensor.xray.testsupport.Datasets;

/**
 * R-work and R-free of the deposited models with bulk solvent and anisotropic scaling against what
 * cctbx's mmtbx.f_model (update_all_scales) reports for the same model and the same F_obs and flags.
 */
class RFactorAccuracyTest {

    @ParameterizedTest
    @EnumSource(Datasets.class)
    void rFactorsMatchCctbx(Datasets dataset) throws DataModelMismatchException {
        AtomTable atoms = dataset.atoms();
        CctbxReference cctbx = CctbxReference.of(dataset, atoms);

        XrayModel model = XrayModel.create(atoms, cctbx.data(), Datasets.cpuBackend());

        double[] ours = amplitudes(model.fmodel());
        System.out.printf("%s: R-work %.4f (cctbx %.4f), R-free %.4f (cctbx %.4f), k_sol %.3f, B_sol %.1f,"
                + " |F_model| vs cctbx R %.4f%n", dataset.folder(), model.rWork(), cctbx.rWork(), model.rFree(),
                cctbx.rFree(), model.kSol(), model.bSol(), Agreement.rFactor(ours, cctbx.fmodel()));
        assertEquals(cctbx.rWork(), model.rWork(), 0.01, "R-work");
        assertEquals(cctbx.rFree(), model.rFree(), 0.01, "R-free");
        assertEquals(cctbx.data().size(), model.reflectionCount());
        assertTrue(Agreement.rFactor(ours, cctbx.fmodel()) < 0.05, "F_model differs from cctbx's");
    }

    @ParameterizedTest
    @EnumSource(Datasets.class)
    void binTableAddsUpToTotals(Datasets dataset) throws DataModelMismatchException {
        AtomTable atoms = dataset.atoms();
        CctbxReference cctbx = CctbxReference.of(dataset, atoms);
        XrayModel model = XrayModel.create(atoms, cctbx.data(), Datasets.cpuBackend());

        List<BinStatistics> table = model.binTable();

        int work = table.stream().mapToInt(BinStatistics::nWork).sum();
        int free = table.stream().mapToInt(BinStatistics::nFree).sum();
        assertEquals(model.nWork(), work);
        assertEquals(model.nFree(), free);
        assertEquals(model.dMax(), table.get(0).dMax(), 1e-9);
        assertEquals(model.dMin(), table.get(table.size() - 1).dMin(), 1e-9);
        for (BinStatistics bin : table) {
            assertTrue(bin.completeness() > 0.5 && bin.completeness() <= 1.0, "completeness " + bin);
            assertTrue(bin.ccWork() > 0.8, "CC work " + bin);
            assertTrue(bin.rWork() < 0.35, "R work " + bin);
        }
    }

    private static double[] amplitudes(StructureFactorArrays f) {
        double[] a = new double[f.size()];
        for (int r = 0; r < a.length; r++) {
            a[r] = f.amplitude(r);
        }
        return a;
    }
}
