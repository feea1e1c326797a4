package org.occtensor.core.internal.cpu;

import org.occtensor.core.spi.ConformerLayout;

/** Conformer layout kept on the heap; see {@code ComputeBackend.prepareConformers}. */
record CpuConformerLayout(int groupCount, int[] setOffsets, int[] members, boolean[] partial, double[] budget)
        implements ConformerLayout {

    CpuConformerLayout {
        int sets = partial.length;
        if (setOffsets.length != sets + 1 || budget.length != sets) {
            throw new IllegalArgumentException("conformer layout of " + sets + " sets needs " + (sets + 1)
                    + " offsets and " + sets + " budgets, got " + setOffsets.length + " and " + budget.length);
        }
        for (int m : members) {
            if (m < 0 || m >= groupCount) {
                throw new IllegalArgumentException("conformer member " + m + " is outside 0.." + (groupCount - 1));
            }
        }
    }

    @Override
    public int setCount() {
        return partial.length;
    }
}
