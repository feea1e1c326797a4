package org.occtensor.refine.api;

import java.util.Collection;
import java.util.List;

import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.GroupingStrategy;
import org.occtensor.core.spi.TargetProvider;
import org.occtensor.refine.internal.PlainPluginRegistry;

/**
 * The grouping strategies, target providers and compute backends available now. In OSGi the registry
 * follows services as bundles come and go, so two calls may see different plug-ins. Outside OSGi
 * the set is fixed when the registry is created.
 */
public interface PluginRegistry {

    /** Returns every registered strategy, sorted by name. */
    List<StrategyInfo> strategies();

    /**
     * Returns the strategy registered under {@code name}; when several are, the one with the
     * highest {@code service.ranking}.
     *
     * @throws UnknownPluginException when none is, listing the names that are
     */
    GroupingStrategy strategy(String name);

    /**
     * Returns the listing entry of the strategy {@link #strategy(String)} returns.
     *
     * @throws UnknownPluginException when no strategy has that name
     */
    StrategyInfo strategyInfo(String name);

    /** Returns the compute backends, highest {@code service.ranking} first. */
    List<ComputeBackend> backends();

    /**
     * Returns the highest-ranked backend registered under {@code name}.
     *
     * @throws UnknownPluginException when none is, listing the names that are
     */
    ComputeBackend backend(String name);

    /** Returns the registered target providers, sorted by name. */
    List<TargetProvider> targets();

    /**
     * Returns the highest-ranked target provider registered under {@code name}.
     *
     * @throws UnknownPluginException when none is, listing the names that are
     */
    TargetProvider targetProvider(String name);

    /**
     * Creates a fixed registry of plug-ins found by {@link java.util.ServiceLoader} through
     * {@code loader}, for use outside OSGi.
     */
    static PluginRegistry fromServiceLoader(ClassLoader loader) {
        return PlainPluginRegistry.fromServiceLoader(loader);
    }

    /**
     * Creates a fixed registry of the given plug-ins, for use outside OSGi (a dependency
     * injector collects them). Names and rankings come from each implementation's component
     * description in its jar when it has one, otherwise from {@code name()} with ranking 0.
     */
    static PluginRegistry of(Collection<? extends GroupingStrategy> strategies, Collection<? extends TargetProvider> targets,
                             Collection<? extends ComputeBackend> backends) {
        return PlainPluginRegistry.of(strategies, targets, backends);
    }
}
