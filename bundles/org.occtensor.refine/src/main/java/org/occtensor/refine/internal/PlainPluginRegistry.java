package org.occtensor.refine.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;

import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.GroupingStrategy;
import org.occtensor.core.spi.TargetProvider;
import org.occtensor.refine.api.StrategyInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed registry for plain Java: plug-ins come from {@link ServiceLoader} or from a dependency
 * injector, and their names, bundles and rankings from their jars' metadata.
 */
public final class PlainPluginRegistry extends TableRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(PlainPluginRegistry.class);

    private PlainPluginRegistry() {
    }

    public static PlainPluginRegistry fromServiceLoader(ClassLoader loader) {
        return of(load(GroupingStrategy.class, loader), load(TargetProvider.class, loader),
                load(ComputeBackend.class, loader));
    }

    public static PlainPluginRegistry of(Collection<? extends GroupingStrategy> strategies,
                                         Collection<? extends TargetProvider> targets,
                                         Collection<? extends ComputeBackend> backends) {
        PlainPluginRegistry registry = new PlainPluginRegistry();
        fill(registry.strategies, strategies, GroupingStrategy::name);
        fill(registry.targets, targets, TargetProvider::name);
        fill(registry.backends, backends, ComputeBackend::name);
        return registry;
    }

    private static <T> List<T> load(Class<T> type, ClassLoader loader) {
        List<T> found = new ArrayList<>();
        for (T service : ServiceLoader.load(type, loader)) {
            found.add(service);
        }
        return found;
    }

    private static <T> void fill(PluginTable<T> table, Collection<? extends T> services, Function<T, String> nameOf) {
        for (T service : services) {
            ComponentMetadata metadata = ComponentMetadata.of(service.getClass());
            String name = metadata.name().orElseGet(() -> nameOf.apply(service));
            table.put(service, new PluginEntry<>(name, service, metadata.bundle(), metadata.version(),
                    StrategyInfo.NOT_IN_OSGI, metadata.ranking()));
            LOG.debug("plug-in '{}' ({}) from {} {} on the class path", name, service.getClass().getName(),
                    metadata.bundle(), metadata.version());
        }
    }
}
