package org.occtensor.xray.model;

import org.occtensor.core.api.AtomTable;
import org.occtensor.xray.api.XrayOptions;
import org.occtensor.xray.solvent.MaskStructureFactors;
import org.occtensor.xray.solvent.SolventMask;
import org.occtensor.xray.solvent.VdwRadii;
import org.occtensor.xray.structure.ScatteringModel;

/**
 * F_mask of the flat solvent model for the current occupancies. As in cctbx, hydrogens and atoms with
 * zero occupancy do not exclude solvent.
 */
final class SolventModel {

    private SolventModel() {
    }

    /** Returns {Re F_mask, Im F_mask} for the reflections, zeros when bulk solvent is off. */
    static double[][] fmask(AtomTable atoms, ScatteringModel scattering, double[] occupancies, int[] hkl,
                            XrayOptions options) {
        int n = hkl.length / 3;
        double[] real = new double[n];
        double[] imag = new double[n];
        if (!options.bulkSolvent()) {
            return new double[][] {real, imag};
        }
        double[] all = scattering.fractional();
        int count = 0;
        for (int a = 0; a < atoms.size(); a++) {
            if (excludesSolvent(atoms, a, occupancies)) {
                count++;
            }
        }
        double[] xyz = new double[3 * count];
        double[] radii = new double[count];
        int m = 0;
        for (int a = 0; a < atoms.size(); a++) {
            if (excludesSolvent(atoms, a, occupancies)) {
                System.arraycopy(all, 3 * a, xyz, 3 * m, 3);
                radii[m++] = VdwRadii.of(atoms.element(a));
            }
        }
        SolventMask mask = SolventMask.compute(xyz, radii, scattering.spaceGroup(), scattering.cell(),
                options.probeRadius(), options.shrinkRadius(), options.maskGridStep());
        MaskStructureFactors.compute(mask, scattering.cell(), hkl, options.maskHighResolution(), real, imag);
        return new double[][] {real, imag};
    }

    private static boolean excludesSolvent(AtomTable atoms, int a, double[] occupancies) {
        String element = atoms.element(a).trim();
        boolean hydrogen = element.equalsIgnoreCase("H") || element.equalsIgnoreCase("D");
        return !hydrogen && occupancies[a] > 0;
    }
}
