package org.occtensor.xray.model;

import org.occtensor.core.spi.ScatteringAtoms;
import org.occtensor.core.spi.Target;
import org.occtensor.xray.targets.FmodelTarget;

/**
 * An X-ray target of per-atom occupancies with the exact per-atom gradient: every evaluation sums all
 * atoms directly through the backend and runs the occupancy adjoint. Solvent and scales are read
 * from the model's current state at every evaluation.
 */
public final class AtomOccupancyTarget implements Target {

    private final ModelContext context;
    private final String kind;

    public AtomOccupancyTarget(ModelContext context, String kind) {
        this.context = context;
        this.kind = ModelState.normalise(kind);
    }

    @Override
    public String name() {
        return kind;
    }

    @Override
    public int atomCount() {
        return context.atoms().size();
    }

    @Override
    public double evaluate(double[] occupancies, double[] gradient) {
        int atoms = context.atoms().size();
        if (occupancies.length != atoms || gradient.length != atoms) {
            throw new IllegalArgumentException("expected " + atoms + " occupancies and gradients, got "
                    + occupancies.length + " and " + gradient.length);
        }
        int n = context.reflections().size();
        ScatteringAtoms scattering = context.scattering().scatteringAtoms(occupancies);
        double[] real = new double[n];
        double[] imag = new double[n];
        context.backend().structureFactors(scattering, context.kernelReflections(),
                context.scattering().symmetryOperators(), real, imag);
        FmodelTarget target = context.state().get().target(kind, context.reflections().targetData());
        double[] gradReal = new double[n];
        double[] gradImag = new double[n];
        double value = target.evaluate(real, imag, gradReal, gradImag);
        context.backend().structureFactorsOccupancyAdjoint(scattering, context.kernelReflections(),
                context.scattering().symmetryOperators(), gradReal, gradImag, gradient);
        for (int a = 0; a < atoms; a++) {
            gradient[a] *= context.scattering().siteWeight(a);
        }
        return value;
    }
}
