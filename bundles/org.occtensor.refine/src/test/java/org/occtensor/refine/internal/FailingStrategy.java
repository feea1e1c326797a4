package org.occtensor.refine.internal;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlanBuilder;
import org.occtensor.core.spi.GroupingException;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.core.spi.GroupingStrategy;

/** Test strategy: throws an unexpected error, or rejects the input when option {@code reject} is set. */
public final class FailingStrategy implements GroupingStrategy {

    @Override
    public String name() {
        return "failing";
    }

    @Override
    public String description() {
        return "always throws";
    }

    @Override
    public void apply(AtomTable atoms, GroupingOptions options, GroupingPlanBuilder plan) throws GroupingException {
        if (options.get("reject").isPresent()) {
            throw new GroupingException("selection 'chain Z' matches no atom");
        }
        throw new IllegalStateException("index 7 out of bounds");
    }
}
