package org.occtensor.xray.model;

import java.util.Arrays;

import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.spi.ScatteringAtoms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * F_calc split by occupancy groups: F_calc = F_fixed + sum over refinable groups g of q_g F_g, where
 * F_g is the structure factor of group g's atoms at unit occupancy and F_fixed contains every other atom
 * at its occupancy when the split was made. The F_g are kept as a matrix (one row per refinable
 * group, Re F then Im F) when it fits in the allowed share of the heap. Otherwise only the atom lists
 * are kept, and each evaluation sums the refinable atoms directly.
 */
final class GroupPartials {

    private static final Logger LOG = LoggerFactory.getLogger(GroupPartials.class);

    final int[] rowGroup;
    final double[] matrix;
    final double[] fixedReal;
    final double[] fixedImag;
    final int[] refinableAtoms;
    private final GroupingPlan plan;
    private final boolean[] refinable;
    private final double[] fixedOccupancies;

    private GroupPartials(int[] rowGroup, double[] matrix, double[] fixedReal, double[] fixedImag,
                          int[] refinableAtoms, GroupingPlan plan, boolean[] refinable, double[] fixedOccupancies) {
        this.rowGroup = rowGroup;
        this.matrix = matrix;
        this.fixedReal = fixedReal;
        this.fixedImag = fixedImag;
        this.refinableAtoms = refinableAtoms;
        this.plan = plan;
        this.refinable = refinable;
        this.fixedOccupancies = fixedOccupancies;
    }

    /** Largest change of a fixed atom's occupancy that still lets partials be reused. */
    private static final double OCCUPANCY_TOLERANCE = 1e-9;

    /**
     * True when these partials serve the same plan (the same instance), the same refinable groups and
     * the same occupancies (within 1e-9) of the atoms outside them, so that a new target can reuse them.
     */
    boolean matches(GroupingPlan otherPlan, boolean[] otherRefinable, double[] atomOccupancies) {
        if (otherPlan != plan || !Arrays.equals(refinable, otherRefinable)) {
            return false;
        }
        for (int a = 0; a < atomOccupancies.length; a++) {
            if (!refinable[plan.groupOf(a)] && Math.abs(atomOccupancies[a] - fixedOccupancies[a]) > OCCUPANCY_TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    boolean precomputed() {
        return matrix != null;
    }

    static GroupPartials build(ModelContext context, GroupingPlan plan, boolean[] refinable,
                               double[] atomOccupancies) {
        int atomCount = context.atoms().size();
        int n = context.reflections().size();
        int rows = 0;
        for (int g = 0; g < plan.groupCount(); g++) {
            if (refinable[g]) {
                rows++;
            }
        }
        int[] rowGroup = new int[rows];
        int row = 0;
        for (int g = 0; g < plan.groupCount(); g++) {
            if (refinable[g]) {
                rowGroup[row++] = g;
            }
        }

        double[] fixedOccupancies = atomOccupancies.clone();
        int refinableCount = 0;
        for (int a = 0; a < atomCount; a++) {
            if (refinable[plan.groupOf(a)]) {
                fixedOccupancies[a] = 0.0;
                refinableCount++;
            }
        }
        int[] refinableAtoms = new int[refinableCount];
        int next = 0;
        for (int a = 0; a < atomCount; a++) {
            if (refinable[plan.groupOf(a)]) {
                refinableAtoms[next++] = a;
            }
        }
        double[][] fixed = FcalcEngine.compute(context.options().fcalcMethod(), context.scattering(),
                fixedOccupancies, context.reflections().hkl(), context.kernelReflections(), context.backend());

        long bytes = 16L * rows * n;
        long budget = (long) (context.options().partialsHeapFraction() * availableHeap());
        if (rows == 0 || bytes > budget || 2L * rows * n > Integer.MAX_VALUE - 8) {
            if (rows > 0) {
                LOG.info("{}: per-group structure factors for {} groups x {} reflections need {} MiB, over the {} MiB"
                        + " allowed; summing the {} refinable atoms directly at each evaluation",
                        context.atoms().source(), rows, n, bytes >> 20, budget >> 20, refinableCount);
            }
            return new GroupPartials(rowGroup, null, fixed[0], fixed[1], refinableAtoms, plan, refinable.clone(),
                    fixedOccupancies);
        }
        double[] matrix = new double[2 * rows * n];
        double[] real = new double[n];
        double[] imag = new double[n];
        for (int r = 0; r < rows; r++) {
            ScatteringAtoms subset = context.scattering().unitOccupancySubset(plan.atomsOf(rowGroup[r]));
            context.backend().structureFactors(subset, context.kernelReflections(),
                    context.scattering().symmetryOperators(), real, imag);
            System.arraycopy(real, 0, matrix, 2 * r * n, n);
            System.arraycopy(imag, 0, matrix, 2 * r * n + n, n);
        }
        LOG.info("{}: precomputed structure factors of {} refinable groups ({} MiB)", context.atoms().source(), rows,
                bytes >> 20);
        return new GroupPartials(rowGroup, matrix, fixed[0], fixed[1], refinableAtoms, plan, refinable.clone(),
                fixedOccupancies);
    }

    private static long availableHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }
}
