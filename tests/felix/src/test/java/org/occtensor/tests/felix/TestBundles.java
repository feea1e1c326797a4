package org.occtensor.tests.felix;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.occtensor.core.spi.GroupingStrategy;
import org.occtensor.io.api.ModelReader;
import org.occtensor.refine.api.PluginRegistry;
import org.osgi.framework.BundleActivator;
import org.osgi.service.component.annotations.Component;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.Jar;

/**
 * Bundles made at test time with bnd's Builder from classes of this test module: the manifest is
 * computed from the classes (imports with version ranges, Declarative Services XML from the
 * component annotations), exactly as a plug-in author's build would.
 */
final class TestBundles {

    private TestBundles() {
    }

    /** Builds a strategy bundle: one package, its component described in OSGI-INF. */
    static Path strategy(Path dir, String symbolicName, Class<?> strategyClass) throws Exception {
        return build(dir, symbolicName, strategyClass.getPackageName(), null, null);
    }

    /** Builds a strategy bundle that also imports {@code missingPackage}, which nothing exports. */
    static Path unresolvable(Path dir, String symbolicName, Class<?> strategyClass, String missingPackage)
            throws Exception {
        return build(dir, symbolicName, strategyClass.getPackageName(), null, missingPackage + ", *");
    }

    /** Builds the probe bundle, which runs requests against the registry and engine inside the framework. */
    static Path probe(Path dir) throws Exception {
        return build(dir, "org.occtensor.tests.probe", "org.occtensor.tests.felix.probe",
                "org.occtensor.tests.felix.probe.ProbeActivator", null);
    }

    private static Path build(Path dir, String symbolicName, String privatePackage, String activator,
                              String importPackage) throws Exception {
        Path target = dir.resolve(symbolicName + ".jar");
        try (Builder builder = new Builder()) {
            builder.setProperty(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
            builder.setProperty(Constants.BUNDLE_VERSION, "1.0.0");
            builder.setProperty(Constants.PRIVATEPACKAGE, privatePackage);
            builder.setProperty(Constants.NOIMPORTJAVA, "true");
            if (activator != null) {
                builder.setProperty(Constants.BUNDLE_ACTIVATOR, activator);
            }
            if (importPackage != null) {
                builder.setProperty(Constants.IMPORT_PACKAGE, importPackage);
            }
            // The jars (or class folders) that export the imported packages give the import ranges.
            for (Class<?> type : new Class<?>[] {TestBundles.class, GroupingStrategy.class, PluginRegistry.class,
                ModelReader.class, BundleActivator.class, Component.class}) {
                builder.addClasspath(location(type));
            }

            Jar jar = builder.build();
            if (!builder.isOk()) {
                throw new IllegalStateException("bnd could not build " + symbolicName + ": " + builder.getErrors());
            }
            jar.write(target.toFile());
        }
        return target;
    }

    private static File location(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
