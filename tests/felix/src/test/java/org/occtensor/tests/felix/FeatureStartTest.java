package org.occtensor.tests.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/** Every bundle of each feature installs, resolves and starts in a clean Felix, without errors. */
class FeatureStartTest {

    private static final String STRATEGY = "org.occtensor.core.spi.GroupingStrategy";
    private static final String BACKEND = "org.occtensor.core.spi.ComputeBackend";
    private static final String TARGET = "org.occtensor.core.spi.TargetProvider";
    private static final String REGISTRY = "org.occtensor.refine.api.PluginRegistry";

    @TempDir
    Path dir;

    @Test
    void coreFeatureStarts() throws Exception {
        try (FelixRuntime runtime = FelixRuntime.startFeature("core", dir)) {
            assertAllActive(runtime);
            assertEquals(List.of("altloc", "custom", "residue"), runtime.serviceNames(STRATEGY));
            assertEquals(List.of("cpu"), runtime.serviceNames(BACKEND));
            assertEquals(List.of(), runtime.problems());
        }
    }

    @Test
    void openclFeatureStarts() throws Exception {
        try (FelixRuntime runtime = FelixRuntime.startFeature("opencl", dir)) {
            assertAllActive(runtime);
            assertEquals(List.of("cpu", "opencl"), runtime.serviceNames(BACKEND));
            assertEquals(List.of(), runtime.problems());
        }
    }

    @Test
    void xrayFeatureStarts() throws Exception {
        try (FelixRuntime runtime = FelixRuntime.startFeature("xray", dir)) {
            assertAllActive(runtime);
            assertEquals(List.of("altloc", "custom", "residue"), runtime.serviceNames(STRATEGY));
            assertEquals(List.of("ls", "ml"), runtime.serviceNames(TARGET));
            assertNotNull(runtime.context().getAllServiceReferences(REGISTRY, null), "no PluginRegistry service");
            assertEquals(List.of(), runtime.problems());
        }
    }

    @Test
    void cliFeatureStarts() throws Exception {
        try (FelixRuntime runtime = FelixRuntime.startFeature("cli", dir)) {
            assertAllActive(runtime);
            assertEquals(List.of("altloc", "custom", "residue"), runtime.serviceNames(STRATEGY));
            assertEquals(List.of("cpu", "opencl"), runtime.serviceNames(BACKEND));
            assertEquals(List.of("ls", "ml"), runtime.serviceNames(TARGET));
            assertNotNull(runtime.context().getAllServiceReferences(REGISTRY, null), "no PluginRegistry service");
            assertEquals(List.of(), runtime.problems());
        }
    }

    /** Asserts that every bundle but the system bundle is ACTIVE, or RESOLVED when it is a fragment. */
    private static void assertAllActive(FelixRuntime runtime) {
        List<String> notStarted = new ArrayList<>();
        Bundle[] bundles = runtime.context().getBundles();
        for (Bundle bundle : bundles) {
            int expected = FelixRuntime.isFragment(bundle) ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (bundle.getBundleId() != 0 && bundle.getState() != expected) {
                notStarted.add(bundle.getSymbolicName() + " [" + bundle.getBundleId() + "] state " + bundle.getState());
            }
        }
        assertTrue(bundles.length > 1, "the feature installed no bundle");
        assertEquals(List.of(), notStarted);
    }
}
