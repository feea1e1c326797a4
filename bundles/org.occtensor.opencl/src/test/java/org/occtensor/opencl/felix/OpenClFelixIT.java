package org.occtensor.opencl.felix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.felix.framework.Felix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.occtensor.opencl.api.OpenClDevices;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Boots Felix with SCR, the core bundle, the Aparapi wrapper bundle and this bundle, and runs a
 * gather through the {@code opencl} service: Aparapi's native library must load from the wrapper's
 * Bundle-ClassPath and the kernel must run on the OpenCL device. The test calls the service
 * reflectively because its classes come from the bundles' class loaders, not from the test's.
 */
class OpenClFelixIT {

    private static final String BACKEND = "org.occtensor.core.spi.ComputeBackend";
    private static final String INDEX = "org.occtensor.core.spi.ExpansionIndex";

    private Felix felix;

    @BeforeEach
    void boot() throws Exception {
        requireOpenCl();
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, System.getProperty("occtensor.it.felixCache"));
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // SLF4J comes from the test class path, so that bundle logs reach slf4j-simple.
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "org.slf4j;version=2.0.17");
        felix = new Felix(config);
        felix.start();
    }

    @AfterEach
    void shutDown() throws Exception {
        if (felix != null) {
            felix.stop();
            felix.waitForStop(30_000);
        }
    }

    @Test
    void gatherRunsOnOpenClInsideFelix() throws Exception {
        BundleContext context = felix.getBundleContext();
        List<Bundle> bundles = new ArrayList<>();
        for (Path jar : bundleJars()) {
            bundles.add(context.installBundle(jar.toUri().toString()));
        }
        for (Bundle bundle : bundles) {
            bundle.start();
        }
        for (Bundle bundle : bundles) {
            assertEquals(Bundle.ACTIVE, bundle.getState(), bundle.getSymbolicName() + " is not active");
        }

        Object backend = openClService(context);
        Class<?> backendType = backend.getClass().getClassLoader().loadClass(BACKEND);
        Class<?> indexType = backendType.getClassLoader().loadClass(INDEX);
        Method prepare = backendType.getMethod("prepareExpansion", int[].class, int.class);
        Method gather = backendType.getMethod("gather", indexType, float[].class, float[].class);
        Object index = prepare.invoke(backend, new int[] {2, 0, 1, 2}, 3);
        float[] atomValues = new float[4];
        gather.invoke(backend, index, new float[] {10, 20, 30}, atomValues);

        assertArrayEquals(new float[] {30, 10, 20, 30}, atomValues);
        assertEquals("opencl", backendType.getMethod("name").invoke(backend));
        assertEquals(OpenClDevices.autoChoice().orElseThrow().label(), backendType.getMethod("device").invoke(backend));
        indexType.getMethod("close").invoke(index);
    }

    private static Object openClService(BundleContext context) throws Exception {
        String filter = "(&(" + Constants.OBJECTCLASS + "=" + BACKEND + ")(name=opencl))";
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, context.createFilter(filter), null);
        tracker.open(true);
        try {
            Object service = tracker.waitForService(30_000);
            assertNotNull(service, "no ComputeBackend service with name=opencl after 30 s");
            ServiceReference<Object> reference = tracker.getServiceReference();
            assertEquals(10, reference.getProperty(Constants.SERVICE_RANKING));
            return service;
        } finally {
            tracker.close();
        }
    }

    /** Lists the bundle jars in start order: OSGi APIs and SCR, then core, the Aparapi wrapper and this bundle. */
    private static List<Path> bundleJars() throws Exception {
        Path dir = Path.of(System.getProperty("occtensor.it.bundles"));
        List<Path> jars;
        try (Stream<Path> files = Files.list(dir)) {
            jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        }
        List<Path> ordered = new ArrayList<>();
        for (String prefix : new String[] {"org.osgi.util.function", "org.osgi.util.promise",
                "org.osgi.service.component", "org.apache.felix.scr", "org.occtensor.core",
                "org.occtensor.thirdparty.aparapi"}) {
            ordered.add(jars.stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + prefix + " jar in " + dir)));
        }
        ordered.add(Path.of(System.getProperty("occtensor.it.bundle")));
        return ordered;
    }

    /** Skips without an OpenCL device outside CI, fails under CI=true. Scans on the plain class path. */
    private static void requireOpenCl() {
        if (OpenClDevices.list().isEmpty()) {
            String message = "no OpenCL device (" + OpenClDevices.unavailableReason().orElse("the platform lists no "
                    + "device") + "); install an OpenCL driver such as pocl-opencl-icd";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + ". CI=true requires an OpenCL device.");
            }
            assumeTrue(false, message);
        }
    }
}
