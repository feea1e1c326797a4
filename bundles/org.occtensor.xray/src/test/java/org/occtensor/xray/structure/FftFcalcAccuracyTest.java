package org.occtensor.xray.structure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.occtensor.core.api.Atom;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.UnitCell;
import org.occtensor.core.spi.Reflections;
import org.occtensor.xray.symmetry.SpaceGroup;
import org.occtensor.xray.symmetry.SpaceGroupTable;
import org.occtensor.xray.testsupport.Agreement;
import org.occtensor.xray.testsupport.Datasets;
import org.occtensor.xray.testsupport.ReferenceTable;

/** The FFT path against direct summation: what the grid gives up, measured. */
class FftFcalcAccuracyTest {

    @ParameterizedTest
    @EnumSource(Datasets.class)
    void fftMatchesDirectSum(Datasets dataset) {
        AtomTable atoms = dataset.atoms();
        int[] hkl = ReferenceTable.read(dataset.file("fcalc_gemmi_it92.tsv.gz")).hkl();
        ScatteringModel model = ScatteringModel.of(atoms, Datasets.spaceGroup(atoms), Datasets.geometry(atoms));

        double[][] direct = direct(model, atoms.occupancies(), hkl);
        long start = System.nanoTime();
        double[][] fft = fft(model, atoms.occupancies(), hkl);
        long elapsed = System.nanoTime() - start;

        double[] amplitudes = Agreement.amplitudes(fft[0], fft[1]);
        double[] reference = Agreement.amplitudes(direct[0], direct[1]);
        double r = Agreement.rFactor(amplitudes, reference);
        double complexError = complexR(fft, direct);
        System.out.printf("%s FFT vs direct: R(|F|) %.2e, sum|dF|/sum|F| %.2e, FFT %.0f ms%n", dataset.folder(), r,
                complexError, elapsed / 1e6);
        assertTrue(r < 5e-5, "R between FFT and direct summation is " + r);
        assertTrue(complexError < 1e-4, "complex difference between FFT and direct summation is " + complexError);
    }

    @Test
    void anisotropicAtomsMatchDirectSum() {
        Random random = new Random(11);
        UnitCell cell = new UnitCell(31.0, 37.0, 29.0, 90.0, 104.0, 90.0, "P 1 21 1");
        AtomTable.Builder builder = AtomTable.builder("random").cell(cell);
        String[] elements = {"C", "N", "O", "S", "FE"};
        for (int i = 0; i < 60; i++) {
            double[] u = null;
            if (i % 2 == 0) {
                double d = random.nextDouble(0.08, 0.3);
                u = new double[] {d, d * 1.2, d * 0.7, d * 0.1, -d * 0.15, d * 0.05};
            }
            builder.add(new Atom(i + 1, "X", ' ', "UNK", "A", i, ' ', random.nextDouble(0, 30), random.nextDouble(0, 37),
                    random.nextDouble(0, 28), random.nextDouble(0.3, 1.0), random.nextDouble(8, 60),
                    elements[i % elements.length], i % elements.length == 4 ? 2 : 0, false, 1, u, i + 1));
        }
        AtomTable atoms = builder.build();
        SpaceGroup group = SpaceGroupTable.get().require("P 1 21 1");
        ScatteringModel model = ScatteringModel.of(atoms, group, CellGeometry.of(cell));
        int[] hkl = asymmetricUnit(group, CellGeometry.of(cell), 1.6);

        double[][] direct = direct(model, atoms.occupancies(), hkl);
        double[][] fft = fft(model, atoms.occupancies(), hkl);

        double complexError = complexR(fft, direct);
        assertTrue(complexError < 1e-4, "complex difference between FFT and direct summation is " + complexError);
    }

    private static int[] asymmetricUnit(SpaceGroup group, CellGeometry cell, double dMin) {
        java.util.List<int[]> list = new java.util.ArrayList<>();
        int hMax = (int) (cell.a() / dMin) + 1;
        int kMax = (int) (cell.b() / dMin) + 1;
        int lMax = (int) (cell.c() / dMin) + 1;
        for (int h = -hMax; h <= hMax; h++) {
            for (int k = -kMax; k <= kMax; k++) {
                for (int l = -lMax; l <= lMax; l++) {
                    if ((h != 0 || k != 0 || l != 0) && cell.dSpacing(h, k, l) >= dMin && group.asu().contains(h, k, l)
                            && !group.isSystematicallyAbsent(h, k, l)) {
                        list.add(new int[] {h, k, l});
                    }
                }
            }
        }
        int[] hkl = new int[3 * list.size()];
        for (int i = 0; i < list.size(); i++) {
            System.arraycopy(list.get(i), 0, hkl, 3 * i, 3);
        }
        return hkl;
    }

    static double[][] direct(ScatteringModel model, double[] occupancies, int[] hkl) {
        Reflections reflections = model.reflections(hkl);
        double[] real = new double[reflections.count()];
        double[] imag = new double[reflections.count()];
        Datasets.cpuBackend().structureFactors(model.scatteringAtoms(occupancies), reflections,
                model.symmetryOperators(), real, imag);
        return new double[][] {real, imag};
    }

    static double[][] fft(ScatteringModel model, double[] occupancies, int[] hkl) {
        double[] real = new double[hkl.length / 3];
        double[] imag = new double[hkl.length / 3];
        FftStructureFactors.withDefaults().compute(model, occupancies, hkl, real, imag);
        return new double[][] {real, imag};
    }

    /** sum |F1 - F2| / sum |F2| over complex values: phase errors count too. */
    static double complexR(double[][] f, double[][] reference) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < f[0].length; i++) {
            num += Math.hypot(f[0][i] - reference[0][i], f[1][i] - reference[1][i]);
            den += Math.hypot(reference[0][i], reference[1][i]);
        }
        return num / den;
    }
}
