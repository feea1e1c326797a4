package org.occtensor.xray.model;

import java.util.Arrays;

import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.spi.GroupTarget;
import org.occtensor.core.spi.ScatteringAtoms;
import org.occtensor.xray.targets.FmodelTarget;

/**
 * An X-ray target of per-group occupancies. Only refinable groups vary: the atoms of the other groups
 * stay at the occupancies the target was made with, whatever occupancies are passed for their groups,
 * and their gradient entries are 0 (not computed). Solvent and scales are read from the model's
 * current state at every evaluation.
 */
public final class GroupOccupancyTarget implements GroupTarget {

    private final ModelContext context;
    private final GroupingPlan plan;
    private final String kind;
    private final GroupPartials partials;

    /**
     * Creates the target, reusing {@code previous} partial structure factors when they match the plan,
     * the refinable flags and the fixed atoms' occupancies (null to always build them).
     */
    public GroupOccupancyTarget(ModelContext context, GroupingPlan plan, boolean[] refinable, String kind,
                                double[] atomOccupancies, GroupOccupancyTarget previous) {
        if (plan.atomCount() != context.atoms().size()) {
            throw new IllegalArgumentException("grouping plan covers " + plan.atomCount() + " atoms but the model "
                    + context.atoms().source() + " has " + context.atoms().size());
        }
        if (refinable.length != plan.groupCount()) {
            throw new IllegalArgumentException("expected " + plan.groupCount() + " refinable flags, got "
                    + refinable.length);
        }
        this.context = context;
        this.plan = plan;
        this.kind = ModelState.normalise(kind);
        this.partials = previous != null && previous.partials.matches(plan, refinable, atomOccupancies)
                ? previous.partials
                : GroupPartials.build(context, plan, refinable.clone(), atomOccupancies);
    }

    @Override
    public String name() {
        return kind;
    }

    @Override
    public int groupCount() {
        return plan.groupCount();
    }

    /** True when the per-group structure factors are held in memory (false: direct summation per call). */
    public boolean usesPrecomputedPartials() {
        return partials.precomputed();
    }

    /** True when both targets use the same partial structure factors (one was built from the other). */
    public boolean sharesPartialsWith(GroupOccupancyTarget other) {
        return other != null && other.partials == partials;
    }

    @Override
    public double evaluate(double[] groupOccupancies, double[] gradient) {
        if (groupOccupancies.length != plan.groupCount() || gradient.length != plan.groupCount()) {
            throw new IllegalArgumentException("expected " + plan.groupCount() + " group occupancies and gradients, got "
                    + groupOccupancies.length + " and " + gradient.length);
        }
        int n = context.reflections().size();
        FmodelTarget target = context.state().get().target(kind, context.reflections().targetData());
        double[] real = partials.fixedReal.clone();
        double[] imag = partials.fixedImag.clone();
        double[] gradReal = new double[n];
        double[] gradImag = new double[n];
        Arrays.fill(gradient, 0.0);
        return partials.precomputed()
                ? evaluatePrecomputed(groupOccupancies, gradient, target, real, imag, gradReal, gradImag)
                : evaluateDirect(groupOccupancies, gradient, target, real, imag, gradReal, gradImag);
    }

    private double evaluatePrecomputed(double[] q, double[] gradient, FmodelTarget target, double[] real,
                                       double[] imag, double[] gradReal, double[] gradImag) {
        int n = real.length;
        int rows = partials.rowGroup.length;
        double[] weights = new double[rows];
        for (int r = 0; r < rows; r++) {
            weights[r] = q[partials.rowGroup[r]];
        }
        double[] combined = new double[2 * n];
        context.backend().weightedRowSum(partials.matrix, rows, 2 * n, weights, combined);
        for (int i = 0; i < n; i++) {
            real[i] += combined[i];
            imag[i] += combined[n + i];
        }
        double value = target.evaluate(real, imag, gradReal, gradImag);
        double[] vector = new double[2 * n];
        System.arraycopy(gradReal, 0, vector, 0, n);
        System.arraycopy(gradImag, 0, vector, n, n);
        double[] rowGradient = new double[rows];
        context.backend().rowDot(partials.matrix, rows, 2 * n, vector, rowGradient);
        for (int r = 0; r < rows; r++) {
            gradient[partials.rowGroup[r]] = rowGradient[r];
        }
        return value;
    }

    private double evaluateDirect(double[] q, double[] gradient, FmodelTarget target, double[] real, double[] imag,
                                  double[] gradReal, double[] gradImag) {
        int n = real.length;
        int[] atoms = partials.refinableAtoms;
        ScatteringAtoms unit = context.scattering().unitOccupancySubset(atoms);
        double[] occupancy = new double[atoms.length];
        for (int i = 0; i < atoms.length; i++) {
            occupancy[i] = unit.occupancy()[i] * q[plan.groupOf(atoms[i])];
        }
        ScatteringAtoms subset = new ScatteringAtoms(unit.count(), unit.fractional(), occupancy, unit.bIso(),
                unit.uStar(), unit.type());
        double[] partReal = new double[n];
        double[] partImag = new double[n];
        context.backend().structureFactors(subset, context.kernelReflections(), context.scattering().symmetryOperators(),
                partReal, partImag);
        for (int i = 0; i < n; i++) {
            real[i] += partReal[i];
            imag[i] += partImag[i];
        }
        double value = target.evaluate(real, imag, gradReal, gradImag);
        double[] atomGradient = new double[atoms.length];
        context.backend().structureFactorsOccupancyAdjoint(subset, context.kernelReflections(),
                context.scattering().symmetryOperators(), gradReal, gradImag, atomGradient);
        for (int i = 0; i < atoms.length; i++) {
            // The kernel's occupancy is q_g times the site weight, so dT/dq_g adds the site weight.
            gradient[plan.groupOf(atoms[i])] += atomGradient[i] * unit.occupancy()[i];
        }
        return value;
    }
}
