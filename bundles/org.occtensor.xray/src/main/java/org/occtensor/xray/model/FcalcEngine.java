package org.occtensor.xray.model;

import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.Reflections;
import org.occtensor.xray.api.FcalcMethod;
import org.occtensor.xray.api.XrayOptions;
import org.occtensor.xray.structure.FftStructureFactors;
import org.occtensor.xray.structure.ScatteringModel;

/** F_calc of a whole model (or of atoms selected by nonzero occupancy) by the configured method. */
final class FcalcEngine {

    private FcalcEngine() {
    }

    /** Resolves AUTO: FFT when atoms x reflections x operators exceeds the threshold. */
    static FcalcMethod resolve(FcalcMethod method, ScatteringModel model, int reflections) {
        if (method != FcalcMethod.AUTO) {
            return method;
        }
        double work = (double) model.atomCount() * reflections * model.spaceGroup().order();
        return work > XrayOptions.AUTO_FFT_THRESHOLD ? FcalcMethod.FFT : FcalcMethod.DIRECT;
    }

    /** Returns {Re F_calc, Im F_calc}; atoms with occupancy 0 contribute nothing. */
    static double[][] compute(FcalcMethod method, ScatteringModel model, double[] occupancies, int[] hkl,
                              Reflections kernelReflections, ComputeBackend backend) {
        int n = hkl.length / 3;
        double[] real = new double[n];
        double[] imag = new double[n];
        if (resolve(method, model, n) == FcalcMethod.FFT) {
            FftStructureFactors.withDefaults().compute(model, occupancies, hkl, real, imag);
        } else {
            backend.structureFactors(model.scatteringAtoms(occupancies), kernelReflections, model.symmetryOperators(),
                    real, imag);
        }
        return new double[][] {real, imag};
    }
}
