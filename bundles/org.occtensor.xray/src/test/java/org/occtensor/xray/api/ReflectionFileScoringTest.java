package org.occtensor.xray.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.occtensor.core.api.AtomTable;
import org.occtensor.xray.testsupport.CctbxReference;
import org.occtensor.xray.testsupport.Datasets;

/**
 * The whole path from the shared reflection files through {@link ReflectionReader} to R factors, against
 * cctbx's values. cctbx read fobs-sf.cif; the MTZ files carry the same measurements (intensities for
 * 3k0n, converted by French-Wilson here and by gemmi for the mmCIF file).
 */
class ReflectionFileScoringTest {

    @ParameterizedTest
    @CsvSource({
        "BDW, fobs-sf.cif",
        "K0N, fobs-sf.cif",
        "BR_LCLS, fobs-sf.cif",
        "BDW, 1bdw_refine_001.mtz",
        "K0N, 3K0N.mtz",
        "BR_LCLS, BR_LCLS_refine_8.mtz"
    })
    void rFactorsFromFile(Datasets dataset, String file) throws Exception {
        AtomTable atoms = dataset.atoms();
        CctbxReference cctbx = CctbxReference.of(dataset, atoms);
        ReflectionData data = ReflectionReader.read(dataset.file(file), ReflectionOptions.defaults());

        XrayModel model = XrayModel.create(atoms, data, Datasets.cpuBackend());

        System.out.printf("%s/%s: %d reflections (%d free), R-work %.4f (cctbx %.4f), R-free %.4f (cctbx %.4f)%n",
                dataset.folder(), file, model.reflectionCount(), model.nFree(), model.rWork(), cctbx.rWork(),
                model.rFree(), cctbx.rFree());
        assertEquals(cctbx.rWork(), model.rWork(), 0.01, "R-work");
        assertEquals(cctbx.rFree(), model.rFree(), 0.01, "R-free");
    }
}
