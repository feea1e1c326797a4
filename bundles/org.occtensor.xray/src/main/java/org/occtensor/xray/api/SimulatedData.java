package org.occtensor.xray.api;

import java.util.ArrayList;
import java.util.List;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.UnitCell;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.xray.structure.CellGeometry;
import org.occtensor.xray.structure.ScatteringModel;
import org.occtensor.xray.symmetry.SpaceGroup;
import org.occtensor.xray.symmetry.SpaceGroupTable;

/** Reflection lists and structure factors for simulating data from a model (demos, recovery tests). */
public final class SimulatedData {

    private SimulatedData() {
    }

    /**
     * Returns every reflection of the reciprocal asymmetric unit of {@code cell}'s space group to
     * {@code dMin} angstrom, without systematic absences, as h, k, l triples (row-major).
     *
     * @throws IllegalArgumentException when the space group symbol is unknown or dMin is not positive
     */
    public static int[] uniqueReflections(UnitCell cell, double dMin) {
        if (!(dMin > 0)) {
            throw new IllegalArgumentException("d_min must be positive, got " + dMin);
        }
        SpaceGroup group = SpaceGroupTable.get().require(cell.spaceGroup());
        CellGeometry geometry = CellGeometry.of(cell);
        int hMax = (int) Math.ceil(geometry.a() / dMin);
        int kMax = (int) Math.ceil(geometry.b() / dMin);
        int lMax = (int) Math.ceil(geometry.c() / dMin);
        double limit = 1.0 / (dMin * dMin);
        List<int[]> kept = new ArrayList<>();
        for (int h = -hMax; h <= hMax; h++) {
            for (int k = -kMax; k <= kMax; k++) {
                for (int l = -lMax; l <= lMax; l++) {
                    boolean inside = (h | k | l) != 0 && geometry.inverseDSquared(h, k, l) <= limit;
                    if (inside && group.asu().contains(h, k, l) && !group.isSystematicallyAbsent(h, k, l)) {
                        kept.add(new int[] {h, k, l});
                    }
                }
            }
        }
        int[] hkl = new int[3 * kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            System.arraycopy(kept.get(i), 0, hkl, 3 * i, 3);
        }
        return hkl;
    }

    /**
     * Computes Fcalc of {@code atoms} (their own occupancies, no bulk solvent) at {@code hkl} by direct
     * summation on {@code backend}.
     */
    public static StructureFactorArrays fcalc(AtomTable atoms, int[] hkl, ComputeBackend backend) {
        UnitCell cell = atoms.cell().orElseThrow(
                () -> new IllegalArgumentException(atoms.source() + ": the model has no unit cell"));
        SpaceGroup group = SpaceGroupTable.get().require(cell.spaceGroup());
        ScatteringModel model = ScatteringModel.of(atoms, group, CellGeometry.of(cell));
        int n = hkl.length / 3;
        double[] real = new double[n];
        double[] imag = new double[n];
        backend.structureFactors(model.scatteringAtoms(atoms.occupancies()), model.reflections(hkl),
                model.symmetryOperators(), real, imag);
        return new StructureFactorArrays(hkl, real, imag);
    }
}
