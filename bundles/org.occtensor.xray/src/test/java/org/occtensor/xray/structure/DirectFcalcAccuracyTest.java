package org.occtensor.xray.structure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.Reflections;
import org.occtensor.core.spi.ScatteringAtoms;
import org.occtensor.xray.testsupport.Agreement;
import org.occtensor.xray.testsupport.Datasets;
import org.occtensor.xray.testsupport.ReferenceTable;

/**
 * Direct summation against gemmi 0.5.7's FFT structure factors with the same form factors
 * (fcalc_gemmi_it92.tsv.gz in each dataset). gemmi 0.5.7 does not weight atoms on special positions;
 * its reference for br_lcls was made with the water on the 3-fold axis already at occupancy 1/3, which
 * is what the default weighting here gives.
 */
class DirectFcalcAccuracyTest {

    @ParameterizedTest
    @EnumSource(Datasets.class)
    void directSumMatchesGemmi(Datasets dataset) {
        AtomTable atoms = dataset.atoms();
        ReferenceTable reference = ReferenceTable.read(dataset.file("fcalc_gemmi_it92.tsv.gz"));
        ScatteringModel model = ScatteringModel.of(atoms, Datasets.spaceGroup(atoms), Datasets.geometry(atoms));
        Reflections reflections = model.reflections(reference.hkl());
        ScatteringAtoms scattering = model.scatteringAtoms(atoms.occupancies());
        double[] real = new double[reflections.count()];
        double[] imag = new double[reflections.count()];

        try (ComputeBackend backend = Datasets.cpuBackend()) {
            backend.structureFactors(scattering, reflections, model.symmetryOperators(), real, imag);
        }

        double[] ours = Agreement.amplitudes(real, imag);
        double[] gemmi = reference.column("Fcalc");
        double correlation = Agreement.correlation(ours, gemmi);
        double r = Agreement.rFactor(ours, gemmi);
        System.out.printf("%s: %d reflections, correlation %.7f, R %.6f%n", dataset.folder(), ours.length,
                correlation, r);
        assertTrue(correlation >= 0.9999, "correlation of |F| with gemmi is " + correlation);
        assertTrue(r < 0.005, "R between direct summation and gemmi is " + r);
    }
}
