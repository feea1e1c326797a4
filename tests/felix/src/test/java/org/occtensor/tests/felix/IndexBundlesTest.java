package org.occtensor.tests.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Every bundle of the repository index resolves and starts in one clean Felix, including the
 * wrappers that no feature pulls in yet.
 */
class IndexBundlesTest {

    /** Provided by the framework itself or, for SLF4J, by the host class path. */
    private static final Set<String> HOST_PROVIDED = Set.of("org.apache.felix.framework-", "slf4j-api-",
            "slf4j-simple-");

    private static final Pattern CONTENT_URL = Pattern.compile("name=\"url\" value=\"(file:[^\"]+\\.jar)\"");

    @TempDir
    Path dir;

    @Test
    void everyIndexedBundleStarts() throws Exception {
        List<Path> jars = indexedJars();
        String systemPackages = FeatureJar.of("cli").systemPackages();

        try (FelixRuntime runtime = FelixRuntime.start(dir.resolve("storage"), systemPackages)) {
            runtime.installAndStart(jars);

            List<String> notStarted = new ArrayList<>();
            for (Bundle bundle : runtime.context().getBundles()) {
                int expected = FelixRuntime.isFragment(bundle) ? Bundle.RESOLVED : Bundle.ACTIVE;
                if (bundle.getBundleId() != 0 && bundle.getState() != expected) {
                    notStarted.add(bundle.getSymbolicName() + " state " + bundle.getState());
                }
            }
            assertEquals(jars.size() + 1, runtime.context().getBundles().length);
            assertEquals(List.of(), notStarted);
            assertEquals(List.of(), runtime.problems());
            assertTrue(importedPackages(runtime, "org.occtensor.thirdparty.jtransforms").contains("sun.misc"),
                    "JLargeArrays needs sun.misc.Unsafe from the system bundle");
        }
    }

    /** Returns the local jars the index lists, without the framework and SLF4J. */
    private static List<Path> indexedJars() throws Exception {
        String configured = System.getProperty("occtensor.index", "../../target-platform/index/target/index.xml");
        Path index = Path.of(configured).toAbsolutePath().normalize();
        if (!Files.isRegularFile(index)) {
            fail("repository index " + index + " is missing; build it with: mvn -pl target-platform/index -am package");
        }
        List<Path> jars = new ArrayList<>();
        Matcher matcher = CONTENT_URL.matcher(Files.readString(index));
        while (matcher.find()) {
            Path jar = Path.of(URI.create(matcher.group(1)));
            String name = jar.getFileName().toString();
            if (HOST_PROVIDED.stream().noneMatch(name::startsWith)) {
                jars.add(jar);
            }
        }
        assertTrue(jars.size() > 10, "the index lists only " + jars);
        return jars;
    }

    private static List<String> importedPackages(FelixRuntime runtime, String symbolicName) {
        List<String> packages = new ArrayList<>();
        for (Bundle bundle : runtime.context().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                for (BundleWire wire : bundle.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
                    packages.add((String) wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE));
                }
            }
        }
        return packages;
    }
}
