package org.occtensor.xray.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.occtensor.core.api.Atom;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.UnitCell;
import org.occtensor.core.spi.Reflections;
import org.occtensor.core.spi.ScatteringAtoms;
import org.occtensor.xray.symmetry.SpaceGroup;
import org.occtensor.xray.symmetry.SpaceGroupTable;
import org.occtensor.xray.testsupport.Agreement;
import org.occtensor.xray.testsupport.Datasets;
import org.occtensor.xray.testsupport.ReferenceTable;

class SpecialPositionTest {

    @Test
    void brLclsWaterOnThreeFoldAxisWeighsOneThird() {
        AtomTable atoms = Datasets.BR_LCLS.atoms();
        ScatteringModel model = ScatteringModel.of(atoms, Datasets.spaceGroup(atoms), Datasets.geometry(atoms));

        int water = find(atoms, "B", 5, "O");
        int lipidCarbon = find(atoms, "A", 464, "C1");

        assertEquals(1.0 / 3.0, model.siteWeight(water), 1e-15);
        // C1 of OLC 464 is 0.31 A from its own copy but half occupied: a disordered atom, as cctbx reads it.
        assertEquals(1.0, model.siteWeight(lipidCarbon));
        long special = IntStream.range(0, atoms.size()).filter(a -> model.siteWeight(a) != 1.0).count();
        assertEquals(1, special);
    }

    @Test
    void ignoringSpecialPositionsMissesGemmiReference() {
        AtomTable atoms = Datasets.BR_LCLS.atoms();
        ReferenceTable reference = ReferenceTable.read(Datasets.BR_LCLS.file("fcalc_gemmi_it92.tsv.gz"));
        int[] hkl = every(reference.hkl(), 10);
        double[] gemmi = every(reference.column("Fcalc"), 10);

        double weighted = rAgainst(ScatteringModel.of(atoms, Datasets.spaceGroup(atoms), Datasets.geometry(atoms)),
                atoms, hkl, gemmi);
        double unweighted = rAgainst(ScatteringModel.of(atoms, Datasets.spaceGroup(atoms), Datasets.geometry(atoms),
                false), atoms, hkl, gemmi);

        assertTrue(weighted < 0.001, "R with special-position weights " + weighted);
        assertTrue(unweighted > 0.005, "R without special-position weights " + unweighted);
    }

    @Test
    void atomOnTwoFoldAxisIsMovedOntoIt() {
        SpaceGroup group = SpaceGroupTable.get().require("P 1 2 1");
        CellGeometry cell = CellGeometry.of(30, 40, 50, 90, 100, 90);
        double[] site = {0.001, 0.3, 0.0};

        SiteSymmetry symmetry = SiteSymmetry.of(site, 1.0, group, cell);

        assertEquals(2, symmetry.order());
        assertEquals(0.0, symmetry.exactSite()[0], 1e-15);
        assertEquals(0.3, symmetry.exactSite()[1], 1e-15);
        assertEquals(0.0, symmetry.exactSite()[2], 1e-15);
    }

    @Test
    void generalPositionHasWeightOne() {
        SpaceGroup group = SpaceGroupTable.get().require("P 63");
        CellGeometry cell = CellGeometry.of(62.32, 62.32, 111.1, 90, 90, 120);

        SiteSymmetry symmetry = SiteSymmetry.of(new double[] {0.1, 0.2, 0.3}, 1.0, group, cell);

        assertEquals(1, symmetry.order());
        assertEquals(1.0, symmetry.weight());
    }

    @Test
    void partialAtomExactlyOnAxisIsSpecial() {
        SpaceGroup group = SpaceGroupTable.get().require("P 63");
        AtomTable atoms = AtomTable.builder("inline").cell(new UnitCell(62.32, 62.32, 111.1, 90, 90, 120, "P 63"))
                .add(new Atom(1, "O", ' ', "HOH", "B", 1, ' ', 0, 0, 20, 0.5, 20, "O", 0, true, 1, null, 1))
                .build();

        ScatteringModel model = ScatteringModel.of(atoms, group, Datasets.geometry(atoms));

        assertEquals(1.0 / 3.0, model.siteWeight(0), 1e-15);
    }

    private static double rAgainst(ScatteringModel model, AtomTable atoms, int[] hkl, double[] reference) {
        Reflections reflections = model.reflections(hkl);
        ScatteringAtoms scattering = model.scatteringAtoms(atoms.occupancies());
        double[] real = new double[reflections.count()];
        double[] imag = new double[reflections.count()];
        Datasets.cpuBackend().structureFactors(scattering, reflections, model.symmetryOperators(), real, imag);
        return Agreement.rFactor(Agreement.amplitudes(real, imag), reference);
    }

    private static int find(AtomTable atoms, String chain, int residue, String name) {
        for (int i = 0; i < atoms.size(); i++) {
            if (atoms.chainId(i).equals(chain) && atoms.residueNumber(i) == residue && atoms.name(i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no atom " + chain + "/" + residue + "/" + name + " in " + atoms.source());
    }

    private static int[] every(int[] hkl, int step) {
        int n = (hkl.length / 3 + step - 1) / step;
        int[] out = new int[3 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(hkl, 3 * i * step, out, 3 * i, 3);
        }
        return out;
    }

    private static double[] every(double[] values, int step) {
        return IntStream.range(0, values.length).filter(i -> i % step == 0)
                .mapToDouble(i -> values[i]).toArray();
    }
}
