package org.occtensor.refine.internal.osgi;

import java.util.function.Supplier;

import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.GroupingStrategy;
import org.occtensor.core.spi.TargetProvider;
import org.occtensor.refine.api.PluginRegistry;
import org.occtensor.refine.internal.PluginEntry;
import org.occtensor.refine.internal.PluginTable;
import org.occtensor.refine.internal.TableRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry in OSGi: follows every GroupingStrategy, TargetProvider and ComputeBackend service as it
 * is registered, modified and unregistered, so a bundle started while the framework runs is
 * usable at once and one stopped disappears without a restart.
 */
@Component(service = PluginRegistry.class)
public final class OsgiPluginRegistry extends TableRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(OsgiPluginRegistry.class);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeStrategy", updated = "updateStrategy")
    void addStrategy(ServiceReference<GroupingStrategy> reference, GroupingStrategy strategy) {
        add(strategies, reference, strategy, strategy::name);
    }

    void updateStrategy(ServiceReference<GroupingStrategy> reference, GroupingStrategy strategy) {
        add(strategies, reference, strategy, strategy::name);
    }

    void removeStrategy(ServiceReference<GroupingStrategy> reference) {
        remove(strategies, reference);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeTarget", updated = "updateTarget")
    void addTarget(ServiceReference<TargetProvider> reference, TargetProvider target) {
        add(targets, reference, target, target::name);
    }

    void updateTarget(ServiceReference<TargetProvider> reference, TargetProvider target) {
        add(targets, reference, target, target::name);
    }

    void removeTarget(ServiceReference<TargetProvider> reference) {
        remove(targets, reference);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeBackend", updated = "updateBackend")
    void addBackend(ServiceReference<ComputeBackend> reference, ComputeBackend backend) {
        add(backends, reference, backend, backend::name);
    }

    void updateBackend(ServiceReference<ComputeBackend> reference, ComputeBackend backend) {
        add(backends, reference, backend, backend::name);
    }

    void removeBackend(ServiceReference<ComputeBackend> reference) {
        remove(backends, reference);
    }

    /**
     * Keys the service by its reference. The name comes from the {@code name} property; a service
     * registered without one falls back to what the object reports, with a warning, because
     * asking the object may activate a delayed component.
     */
    private static <T> void add(PluginTable<T> table, ServiceReference<T> reference, T service,
                                Supplier<String> objectName) {
        Bundle bundle = reference.getBundle();
        Object property = reference.getProperty(GroupingStrategy.NAME_PROPERTY);
        String name;
        if (property instanceof String text && !text.isBlank()) {
            name = text;
        } else {
            name = objectName.get();
            LOG.warn("service {} from bundle {} [{}] has no '{}' property; using '{}'", service.getClass().getName(),
                    bundle.getSymbolicName(), bundle.getBundleId(), GroupingStrategy.NAME_PROPERTY, name);
        }
        Object ranking = reference.getProperty(Constants.SERVICE_RANKING);
        table.put(reference, new PluginEntry<>(name, service, bundle.getSymbolicName(), bundle.getVersion().toString(),
                bundle.getBundleId(), ranking instanceof Integer value ? value : 0));
        LOG.debug("added plug-in '{}' from bundle {} [{}]", name, bundle.getSymbolicName(), bundle.getBundleId());
    }

    private static <T> void remove(PluginTable<T> table, ServiceReference<T> reference) {
        PluginEntry<T> removed = table.remove(reference);
        if (removed != null) {
            LOG.debug("removed plug-in '{}' of bundle {} [{}]", removed.name(), removed.bundle(), removed.bundleId());
        }
    }
}
