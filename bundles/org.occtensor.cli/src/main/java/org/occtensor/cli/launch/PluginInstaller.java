package org.occtensor.cli.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs and starts the bundles of a plug-in folder in a running framework. A jar that is not a
 * bundle, does not resolve or fails to start is reported by file name with the reason and left
 * out. For a resolution failure the reason lists the requirements that nothing provides. The
 * other plug-ins stay running.
 */
final class PluginInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(PluginInstaller.class);

    private final BundleContext context;
    private final FrameworkWiring wiring;

    PluginInstaller(BundleContext context) {
        this.context = context;
        this.wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
    }

    /**
     * Installs every {@code *.jar} of {@code dir}, in file name order, then resolves and starts them.
     *
     * @return one message per jar that could not be used, starting with its path
     * @throws IOException when {@code dir} is not a readable folder
     */
    List<String> installAll(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("plug-in folder " + dir + " does not exist or is not a folder");
        }

        List<String> problems = new ArrayList<>();
        Map<Path, Bundle> installed = new LinkedHashMap<>();
        for (Path jar : jars(dir)) {
            try {
                installed.put(jar, install(jar));
            } catch (PluginException e) {
                problems.add(jar + ": " + e.getMessage());
            }
        }

        wiring.resolveBundles(installed.values());
        for (Map.Entry<Path, Bundle> entry : installed.entrySet()) {
            String problem = start(entry.getValue());
            if (problem != null) {
                problems.add(entry.getKey() + ": " + problem);
                uninstallQuietly(entry.getValue());
            }
        }
        return problems;
    }

    private static List<Path> jars(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
                    .sorted().toList();
        }
    }

    private Bundle install(Path jar) throws PluginException {
        String symbolicName = symbolicName(jar);
        try {
            Bundle bundle = context.installBundle(jar.toUri().toString());
            LOG.debug("installed plug-in {} as bundle {} [{}]", jar, symbolicName, bundle.getBundleId());
            return bundle;
        } catch (BundleException e) {
            throw new PluginException("bundle " + symbolicName + " could not be installed: " + e.getMessage());
        }
    }

    /** Returns the jar's Bundle-SymbolicName, rejecting a jar that is not an OSGi bundle. */
    private static String symbolicName(Path jar) throws PluginException {
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest();
        } catch (IOException e) {
            throw new PluginException("not a readable jar: " + e.getMessage());
        }
        String name = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
        if (name == null || name.isBlank()) {
            throw new PluginException("not an OSGi bundle: its manifest has no Bundle-SymbolicName header");
        }
        return name.split(";", 2)[0].trim();
    }

    /** Starts {@code bundle} unless it is a fragment; returns why it cannot run, or null when it runs. */
    private String start(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        boolean resolved = bundle.getState() != Bundle.INSTALLED;
        if (!resolved) {
            List<String> missing = missingRequirements(revision);
            if (!missing.isEmpty()) {
                return "bundle " + describe(bundle) + " does not resolve: " + String.join(", ", missing);
            }
        }
        if ((revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
            return resolved ? null : "fragment " + describe(bundle) + " does not resolve: no host bundle accepts it";
        }

        // A resolution failure without a missing requirement comes from a uses conflict or from a
        // provider that does not resolve itself. The framework's message from start() names it.
        try {
            bundle.start();
            LOG.debug("started plug-in bundle {}", describe(bundle));
            return null;
        } catch (BundleException | RuntimeException e) {
            String failure = resolved ? " failed to start: " : " does not resolve: ";
            return "bundle " + describe(bundle) + failure + e.getMessage();
        }
    }

    /** Lists the mandatory requirements of {@code revision} that neither the framework nor any bundle provides. */
    private List<String> missingRequirements(BundleRevision revision) {
        List<String> missing = new ArrayList<>();
        for (Requirement requirement : revision.getRequirements(null)) {
            String resolution = requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
            if (Namespace.RESOLUTION_OPTIONAL.equals(resolution) || PackageNamespace.RESOLUTION_DYNAMIC.equals(resolution)) {
                continue;
            }
            if (wiring.findProviders(requirement).isEmpty()) {
                missing.add("missing requirement " + requirement.getNamespace() + "; "
                        + requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, ""));
            }
        }
        return missing;
    }

    private static String describe(Bundle bundle) {
        return bundle.getSymbolicName() + " " + bundle.getVersion() + " [" + bundle.getBundleId() + "]";
    }

    private static void uninstallQuietly(Bundle bundle) {
        try {
            bundle.uninstall();
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("could not uninstall plug-in bundle {}", describe(bundle), e);
        }
    }

    /** A jar of the plug-in folder that cannot be used; the message gives the reason. */
    private static final class PluginException extends Exception {
        private static final long serialVersionUID = 1L;

        PluginException(String message) {
            super(message);
        }
    }
}
