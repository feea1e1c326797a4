package org.occtensor.tests.felix.boom;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlanBuilder;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.core.spi.GroupingStrategy;
import org.osgi.service.component.annotations.Component;

/** A faulty plug-in strategy built into a bundle by the test: every call throws. */
@Component(service = GroupingStrategy.class, property = GroupingStrategy.NAME_PROPERTY + "=boom")
public final class ThrowingStrategy implements GroupingStrategy {

    @Override
    public String name() {
        return "boom";
    }

    @Override
    public String description() {
        return "throws on every call";
    }

    @Override
    public void apply(AtomTable atoms, GroupingOptions options, GroupingPlanBuilder plan) {
        throw new IllegalStateException("boom strategy cannot group " + atoms.source());
    }
}
