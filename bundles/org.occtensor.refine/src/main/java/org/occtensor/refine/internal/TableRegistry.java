package org.occtensor.refine.internal;

import java.util.ArrayList;
import java.util.List;

import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.GroupingStrategy;
import org.occtensor.core.spi.TargetProvider;
import org.occtensor.refine.api.PluginRegistry;
import org.occtensor.refine.api.StrategyInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The registry queries over three plug-in tables; subclasses fill the tables. */
public abstract class TableRegistry implements PluginRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(TableRegistry.class);

    protected final PluginTable<GroupingStrategy> strategies = new PluginTable<>("grouping strategy");
    protected final PluginTable<TargetProvider> targets = new PluginTable<>("target");
    protected final PluginTable<ComputeBackend> backends = new PluginTable<>("compute backend");

    @Override
    public List<StrategyInfo> strategies() {
        List<StrategyInfo> list = new ArrayList<>();
        for (PluginEntry<GroupingStrategy> e : strategies.byName()) {
            list.add(info(e));
        }
        return list;
    }

    @Override
    public GroupingStrategy strategy(String name) {
        return strategies.get(name).service();
    }

    @Override
    public StrategyInfo strategyInfo(String name) {
        return info(strategies.get(name));
    }

    @Override
    public List<ComputeBackend> backends() {
        return services(backends.byRank());
    }

    @Override
    public ComputeBackend backend(String name) {
        return backends.get(name).service();
    }

    @Override
    public List<TargetProvider> targets() {
        return services(targets.byName());
    }

    @Override
    public TargetProvider targetProvider(String name) {
        return targets.get(name).service();
    }

    private static <T> List<T> services(List<PluginEntry<T>> entries) {
        List<T> list = new ArrayList<>(entries.size());
        for (PluginEntry<T> e : entries) {
            list.add(e.service());
        }
        return list;
    }

    private static StrategyInfo info(PluginEntry<GroupingStrategy> e) {
        return new StrategyInfo(e.name(), e.bundle(), e.version(), description(e), e.bundleId());
    }

    /** Asks the plug-in for its description; a plug-in that throws here still gets listed. */
    private static String description(PluginEntry<GroupingStrategy> e) {
        try {
            String text = e.service().description();
            return text == null ? "" : text;
        } catch (RuntimeException | LinkageError failure) {
            LOG.warn("grouping strategy '{}' from bundle {} [{}] failed to describe itself", e.name(), e.bundle(),
                    e.bundleId(), failure);
            return "(description failed: " + failure + ")";
        }
    }
}
