package org.occtensor.xray.testsupport;

import org.occtensor.core.api.AtomTable;
import org.occtensor.xray.api.ReflectionData;
import org.occtensor.xray.api.ReflectionReport;

/**
 * cctbx 2022.9's mmtbx.f_model result for a dataset (fmodel_cctbx.tsv.gz: h, k, l, F_obs, scaled
 * |F_model|, free flag with 1 = free, d) and the R factors it reported with bulk solvent and
 * anisotropic scaling.
 */
public record CctbxReference(ReflectionData data, double[] fmodel, double rWork, double rFree) {

    public static CctbxReference of(Datasets dataset, AtomTable atoms) {
        ReferenceTable table = ReferenceTable.read(dataset.file("fmodel_cctbx.tsv.gz"));
        double[] fobs = table.column("Fobs");
        double[] flags = table.column("free");
        boolean[] free = new boolean[fobs.length];
        double[] sigma = new double[fobs.length];
        for (int r = 0; r < free.length; r++) {
            free[r] = flags[r] == 1.0;
            sigma[r] = 1.0;
        }
        ReflectionReport report = new ReflectionReport("Fobs", "none", "free", "test set = 1 (cctbx table)", false,
                false, fobs.length, 0, 0, 0, 0, dataset.folder() + "/fmodel_cctbx.tsv.gz");
        ReflectionData data = new ReflectionData(dataset.folder() + "/fmodel_cctbx.tsv.gz", atoms.cell().orElseThrow(),
                table.hkl(), fobs, sigma, free, report);
        double[] published = switch (dataset) {
            case BDW -> new double[] {0.1839, 0.2272};
            case K0N -> new double[] {0.1506, 0.1675};
            case BR_LCLS -> new double[] {0.1497, 0.1701};
        };
        return new CctbxReference(data, table.column("Fmodel"), published[0], published[1]);
    }
}
