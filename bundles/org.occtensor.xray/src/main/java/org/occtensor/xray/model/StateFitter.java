package org.occtensor.xray.model;

import org.occtensor.xray.scaling.BulkSolventScaler;
import org.occtensor.xray.scaling.ScalingData;
import org.occtensor.xray.scaling.Scales;
import org.occtensor.xray.targets.AlphaBeta;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fits F_calc, F_mask, scales and likelihood parameters for a set of occupancies. */
public final class StateFitter {

    private static final Logger LOG = LoggerFactory.getLogger(StateFitter.class);

    private StateFitter() {
    }

    public static ModelState fit(ModelContext context, double[] occupancies) {
        ReflectionSet reflections = context.reflections();
        int[] hkl = reflections.hkl();
        long start = System.nanoTime();
        double[][] fcalc = FcalcEngine.compute(context.options().fcalcMethod(), context.scattering(), occupancies, hkl,
                context.kernelReflections(), context.backend());
        long afterFcalc = System.nanoTime();
        double[][] fmask = SolventModel.fmask(context.atoms(), context.scattering(), occupancies, hkl, context.options());
        long afterMask = System.nanoTime();
        ScalingData data = new ScalingData(hkl, reflections.inverseDSquared(), reflections.fobs(), reflections.work(),
                fcalc[0], fcalc[1], fmask[0], fmask[1]);
        Scales scales = BulkSolventScaler.fit(data, reflections.bins(), context.scattering().spaceGroup().cosetOperators());
        ModelState provisional = new ModelState(occupancies, fcalc[0], fcalc[1], fmask[0], fmask[1], scales, null);
        AlphaBeta alphaBeta = AlphaBeta.estimate(reflections.targetData(), provisional.fmodelAmplitudes());
        LOG.info("{}: F_calc {} ms ({}), mask {} ms, scaling {} ms; R(fit) {}, k_sol {}, B_sol {}",
                context.atoms().source(), (afterFcalc - start) / 1_000_000,
                FcalcEngine.resolve(context.options().fcalcMethod(), context.scattering(), reflections.size()),
                (afterMask - afterFcalc) / 1_000_000, (System.nanoTime() - afterMask) / 1_000_000,
                String.format("%.4f", scales.rFit()), String.format("%.3f", scales.kSol()),
                String.format("%.1f", scales.bSol()));
        return new ModelState(occupancies, fcalc[0], fcalc[1], fmask[0], fmask[1], scales, alphaBeta);
    }
}
