package org.occtensor.tests.felix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.felix.framework.Felix;
import org.apache.felix.framework.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * A real Apache Felix framework in this JVM, set up like the feature launcher: a fresh storage
 * folder and the launcher's extra system packages, so bundles log through this JVM's SLF4J.
 */
final class FelixRuntime implements AutoCloseable {

    /** Upper bound for the framework to stop; a clean stop takes far less. */
    private static final long STOP_TIMEOUT_MILLIS = 30_000;

    private final Felix framework;
    private final FrameworkLog log;
    private final List<String> frameworkErrors = new ArrayList<>();

    private FelixRuntime(Felix framework, FrameworkLog log) {
        this.framework = framework;
        this.log = log;
    }

    static FelixRuntime start(Path storage, String systemPackagesExtra) throws BundleException {
        FrameworkLog log = new FrameworkLog();
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, systemPackagesExtra);
        config.put("felix.log.logger", log);
        config.put("felix.log.level", String.valueOf(Logger.LOG_WARNING));

        Felix felix = new Felix(config);
        felix.init();
        FelixRuntime runtime = new FelixRuntime(felix, log);
        felix.getBundleContext().addFrameworkListener(runtime::onFrameworkEvent);
        felix.start();
        return runtime;
    }

    /** Starts a framework with the bundles and system packages of a feature's runnable jar. */
    static FelixRuntime startFeature(String feature, Path workDir) throws Exception {
        FeatureJar jar = FeatureJar.of(feature);
        Path bundles = workDir.resolve("bundles");
        java.nio.file.Files.createDirectories(bundles);
        FelixRuntime runtime = start(workDir.resolve("storage"), jar.systemPackages());
        try {
            runtime.installAndStart(jar.extractBundles(bundles));
        } catch (Exception | AssertionError e) {
            runtime.close();
            throw e;
        }
        return runtime;
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    Felix framework() {
        return framework;
    }

    /**
     * Installs every jar, resolves them together, then starts every bundle that is not a fragment.
     *
     * @throws BundleException naming the bundle that failed to install, resolve or start
     */
    List<Bundle> installAndStart(Collection<Path> jars) throws BundleException {
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : jars) {
            installed.add(context().installBundle(jar.toUri().toString()));
        }
        framework.adapt(FrameworkWiring.class).resolveBundles(installed);
        for (Bundle bundle : installed) {
            if (!isFragment(bundle)) {
                bundle.start();
            }
        }
        return installed;
    }

    static boolean isFragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    /** Framework errors and warnings so far: Felix's log and ERROR/WARNING framework events. */
    List<String> problems() {
        List<String> all = new ArrayList<>(log.problems());
        synchronized (frameworkErrors) {
            all.addAll(frameworkErrors);
        }
        return all;
    }

    /** Returns the values of the {@code name} property of the services registered under {@code type}. */
    List<String> serviceNames(String type) throws InvalidSyntaxException {
        ServiceReference<?>[] references = context().getAllServiceReferences(type, null);
        List<String> names = new ArrayList<>();
        if (references != null) {
            for (ServiceReference<?> reference : references) {
                names.add(String.valueOf(reference.getProperty("name")));
            }
        }
        names.sort(null);
        return names;
    }

    /** Returns the probe service of the probe bundle, which must be started. */
    @SuppressWarnings("unchecked")
    Function<List<String>, List<String>> probe() throws InvalidSyntaxException {
        Collection<ServiceReference<Function>> references =
                context().getServiceReferences(Function.class, "(occtensor.probe=true)");
        if (references.isEmpty()) {
            throw new IllegalStateException("no probe service; install and start the probe bundle first");
        }
        return context().getService(references.iterator().next());
    }

    private void onFrameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.ERROR || event.getType() == FrameworkEvent.WARNING) {
            Bundle bundle = event.getBundle();
            String text = "framework event " + event.getType() + " from bundle " + bundle.getSymbolicName() + " ["
                    + bundle.getBundleId() + "]: " + event.getThrowable();
            synchronized (frameworkErrors) {
                frameworkErrors.add(text);
            }
        }
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(STOP_TIMEOUT_MILLIS);
    }
}
