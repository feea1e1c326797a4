package org.occtensor.refine.internal;

import java.util.ArrayList;
import java.util.List;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.api.GroupingPlanBuilder;
import org.occtensor.core.api.InvalidPlanException;
import org.occtensor.core.spi.GroupingException;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.core.spi.GroupingStrategy;
import org.occtensor.refine.api.GroupingEngine;
import org.occtensor.refine.api.PluginRegistry;
import org.occtensor.refine.api.StrategyFailedException;
import org.occtensor.refine.api.StrategyInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Looks every strategy up before running any, then runs them in order on one plan builder. */
public final class DefaultGroupingEngine implements GroupingEngine {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultGroupingEngine.class);

    private final PluginRegistry registry;

    public DefaultGroupingEngine(PluginRegistry registry) {
        this.registry = registry;
    }

    @Override
    public GroupingPlan plan(AtomTable atoms, List<String> strategies, GroupingOptions options)
            throws GroupingException {
        if (strategies.isEmpty()) {
            throw new IllegalArgumentException("no grouping strategy given; available: "
                    + names(registry.strategies()));
        }

        List<StrategyInfo> infos = new ArrayList<>();
        List<GroupingStrategy> found = new ArrayList<>();
        for (String name : strategies) {
            infos.add(registry.strategyInfo(name));
            found.add(registry.strategy(name));
        }

        GroupingPlanBuilder builder = GroupingPlan.builder(atoms);
        for (int i = 0; i < found.size(); i++) {
            run(found.get(i), infos.get(i), atoms, options, builder);
        }
        try {
            return builder.build();
        } catch (InvalidPlanException e) {
            throw new GroupingException("strategies " + strategies + " produced an invalid plan for "
                    + atoms.source() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs one strategy. Whatever it throws, short of a virtual machine error, becomes a
     * {@link StrategyFailedException} that names it and its bundle, so a faulty plug-in fails the
     * request and not the process.
     */
    private static void run(GroupingStrategy strategy, StrategyInfo info, AtomTable atoms, GroupingOptions options,
                            GroupingPlanBuilder builder) throws StrategyFailedException {
        LOG.debug("running grouping strategy '{}' from bundle {}", info.name(), info.origin());
        try {
            strategy.apply(atoms, options, builder);
        } catch (GroupingException | RuntimeException | LinkageError e) {
            StrategyFailedException failure = new StrategyFailedException(info, e);
            LOG.debug("{}", failure.getMessage(), e);
            throw failure;
        }
    }

    private static String names(List<StrategyInfo> infos) {
        List<String> names = new ArrayList<>();
        for (StrategyInfo info : infos) {
            names.add(info.name());
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
