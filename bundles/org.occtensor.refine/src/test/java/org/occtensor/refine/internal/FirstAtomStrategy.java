package org.occtensor.refine.internal;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlanBuilder;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.core.spi.GroupingStrategy;

/** Test strategy: claims atom 0 alone, so a later strategy must leave it out. */
public final class FirstAtomStrategy implements GroupingStrategy {

    @Override
    public String name() {
        return "first";
    }

    @Override
    public String description() {
        return "atom 0 alone";
    }

    @Override
    public void apply(AtomTable atoms, GroupingOptions options, GroupingPlanBuilder plan) {
        plan.addGroup("first atom", 0);
        plan.strategyApplied(name());
    }
}
