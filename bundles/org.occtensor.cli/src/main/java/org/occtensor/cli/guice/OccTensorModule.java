package org.occtensor.cli.guice;

import java.util.ServiceLoader;
import java.util.Set;

import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.GroupingStrategy;
import org.occtensor.core.spi.TargetProvider;
import org.occtensor.refine.api.GroupingEngine;
import org.occtensor.refine.api.PluginRegistry;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;

/**
 * OccTensor for applications that use Guice instead of OSGi. Every grouping strategy, target provider
 * and compute backend that {@link ServiceLoader} finds is bound into a multibinder set
 * ({@code Set<GroupingStrategy>}, {@code Set<TargetProvider>}, {@code Set<ComputeBackend>}), and the
 * module provides the {@link PluginRegistry} over those sets and the {@link GroupingEngine}:
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new OccTensorModule());
 * GroupingEngine engine = injector.getInstance(GroupingEngine.class);
 * }</pre>
 *
 * Other modules can add plug-ins of their own with {@code Multibinder.newSetBinder}.
 */
public final class OccTensorModule extends AbstractModule {

    private final ClassLoader loader;

    /** Finds plug-ins with the class loader that loaded OccTensor. */
    public OccTensorModule() {
        this(OccTensorModule.class.getClassLoader());
    }

    /** Finds plug-ins with {@code loader}, for applications that load plug-in jars themselves. */
    public OccTensorModule(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    protected void configure() {
        bindAll(GroupingStrategy.class);
        bindAll(TargetProvider.class);
        bindAll(ComputeBackend.class);
    }

    private <T> void bindAll(Class<T> type) {
        Multibinder<T> set = Multibinder.newSetBinder(binder(), type);
        for (T plugin : ServiceLoader.load(type, loader)) {
            set.addBinding().toInstance(plugin);
        }
    }

    @Provides
    @Singleton
    PluginRegistry registry(Set<GroupingStrategy> strategies, Set<TargetProvider> targets, Set<ComputeBackend> backends) {
        return PluginRegistry.of(strategies, targets, backends);
    }

    @Provides
    @Singleton
    GroupingEngine engine(PluginRegistry registry) {
        return GroupingEngine.of(registry);
    }
}
