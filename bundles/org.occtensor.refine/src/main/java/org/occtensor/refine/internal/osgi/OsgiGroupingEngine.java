package org.occtensor.refine.internal.osgi;

import java.util.List;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.spi.GroupingException;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.refine.api.GroupingEngine;
import org.occtensor.refine.api.PluginRegistry;
import org.occtensor.refine.internal.DefaultGroupingEngine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The grouping engine as a service, over the registry service of this framework. */
@Component(service = GroupingEngine.class)
public final class OsgiGroupingEngine implements GroupingEngine {

    private final GroupingEngine delegate;

    @Activate
    public OsgiGroupingEngine(@Reference PluginRegistry registry) {
        this.delegate = new DefaultGroupingEngine(registry);
    }

    @Override
    public GroupingPlan plan(AtomTable atoms, List<String> strategies, GroupingOptions options)
            throws GroupingException {
        return delegate.plan(atoms, strategies, options);
    }
}
