package org.occtensor.tests.felix.probe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.core.spi.TargetProvider;
import org.occtensor.io.api.ModelReader;
import org.occtensor.refine.api.GroupingEngine;
import org.occtensor.refine.api.PluginRegistry;
import org.occtensor.refine.api.StrategyInfo;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Runs a request inside the framework with the services found there and returns plain strings.
 * Requests: {@code [strategies]} lists {@code name|bundle|version|bundleId|description};
 * {@code [targets]} lists the registry's target providers as {@code name|description};
 * {@code [plan, modelFile, strategy,strategy...]} returns the plan's lines (see {@link PlanText}).
 * Any exception becomes one line {@code ERROR <simple class name>: <message>}.
 */
final class Probe implements Function<List<String>, List<String>> {

    private final BundleContext context;

    Probe(BundleContext context) {
        this.context = context;
    }

    @Override
    public List<String> apply(List<String> request) {
        try {
            switch (request.get(0)) {
                case "strategies":
                    return strategies();
                case "targets":
                    return targets();
                case "plan":
                    return plan(Path.of(request.get(1)), Arrays.asList(request.get(2).split(",")));
                default:
                    throw new IllegalArgumentException("unknown probe request " + request);
            }
        } catch (Exception e) {
            return List.of("ERROR " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private List<String> strategies() {
        List<String> lines = new ArrayList<>();
        for (StrategyInfo info : service(PluginRegistry.class).strategies()) {
            lines.add(info.name() + "|" + info.bundle() + "|" + info.version() + "|" + info.bundleId() + "|"
                    + info.description());
        }
        return lines;
    }

    private List<String> targets() {
        List<String> lines = new ArrayList<>();
        for (TargetProvider provider : service(PluginRegistry.class).targets()) {
            lines.add(provider.name() + "|" + provider.description());
        }
        return lines;
    }

    private List<String> plan(Path model, List<String> strategies) throws Exception {
        AtomTable atoms = new ModelReader().read(model).atoms();
        return PlanText.lines(service(GroupingEngine.class).plan(atoms, strategies, GroupingOptions.empty()));
    }

    private <T> T service(Class<T> type) {
        ServiceReference<T> reference = context.getServiceReference(type);
        if (reference == null) {
            throw new IllegalStateException("no " + type.getName() + " service registered");
        }
        return context.getService(reference);
    }
}
