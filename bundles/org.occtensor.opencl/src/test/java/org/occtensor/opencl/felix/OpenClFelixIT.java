package org.occtensor.opencl.felix;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.junit.jupiter.api.function.Executable;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.opencl.api.OpenClDeviceInfo;
import org.occtensor.opencl.api.OpenClDevices;
import org.occtensor.opencl.internal.ParityChecks;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Boots Felix with SCR, the core bundle, the Aparapi wrapper bundle and this bundle, and runs every
 * ComputeBackend op through the {@code opencl} service against the {@code cpu} service, with the
 * checks and tolerances of {@link ParityChecks}. Inside Felix, Aparapi's native library loads from
 * the wrapper's Bundle-ClassPath and Aparapi parses the kernel classes through the bundles' class
 * loaders, so a kernel can build on the plain class path and still fail here. The last check
 * asserts that the service ran on its OpenCL device without falling back to the CPU backend.
 */
class OpenClFelixIT {

    private static final String BACKEND = "org.occtensor.core.spi.ComputeBackend";
    private static final String OPEN_CL_BACKEND = "org.occtensor.opencl.internal.OpenClBackend";
    private static final String KERNEL_CATALOG = "org.occtensor.opencl.internal.KernelCatalog";

    /** Work items per op: empty, single, below one work group, above 8 groups, and a partial last group. */
    private static final int[] SIZES = {0, 1, 31, 1025, ParityChecks.NOT_A_WORK_GROUP_MULTIPLE};

    /** One ParityChecks method: runs an op on both backends and compares. */
    private interface ParityCheck {
        void run(ComputeBackend cpu, ComputeBackend backend, int size);
    }

    private record Op(String name, ParityCheck check) {
    }

    private static final List<Op> OPS = List.of(
            new Op("gather float", ParityChecks::gatherFloat),
            new Op("gather double", ParityChecks::gatherDouble),
            new Op("segmentSum float", ParityChecks::segmentSumFloat),
            new Op("segmentSum double", ParityChecks::segmentSumDouble),
            new Op("sigmoid float", ParityChecks::sigmoidFloat),
            new Op("sigmoid double", ParityChecks::sigmoidDouble),
            new Op("sigmoidBackward float", ParityChecks::sigmoidBackwardFloat),
            new Op("sigmoidBackward double", ParityChecks::sigmoidBackwardDouble),
            new Op("conformerSoftmax float", ParityChecks::conformerSoftmaxFloat),
            new Op("conformerSoftmax double", ParityChecks::conformerSoftmaxDouble),
            new Op("conformerSoftmaxBackward float", ParityChecks::conformerSoftmaxBackwardFloat),
            new Op("conformerSoftmaxBackward double", ParityChecks::conformerSoftmaxBackwardDouble),
            new Op("weightedRowSum", ParityChecks::weightedRowSum),
            new Op("rowDot", ParityChecks::rowDot),
            new Op("structureFactors", ParityChecks::structureFactors),
            new Op("structureFactorsOccupancyAdjoint", ParityChecks::structureFactorsOccupancyAdjoint));

    private Felix felix;
    private String testClassPath;

    /**
     * Boots Felix with {@code java.class.path} cut to the Felix jar while it runs. The runnable jar's
     * class path names only that jar, while Surefire's names this module's classes and every
     * dependency. BCEL inside Aparapi reads the property to find classes that it cannot get from the
     * kernel's own class loader, so without the cut a kernel could build here only with help from
     * the test class path.
     */
    @BeforeEach
    void boot() throws Exception {
        requireOpenCl();
        testClassPath = System.getProperty("java.class.path");
        System.setProperty("java.class.path",
                Path.of(Felix.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, System.getProperty("occtensor.it.felixCache"));
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // SLF4J comes from the test class path, so that bundle logs reach slf4j-simple.
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "org.slf4j;version=2.0.17");
        felix = new Felix(config);
        felix.start();
        startBundles(felix.getBundleContext());
    }

    @AfterEach
    void shutDown() throws Exception {
        if (felix != null) {
            felix.stop();
            felix.waitForStop(30_000);
        }
        if (testClassPath != null) {
            System.setProperty("java.class.path", testClassPath);
        }
    }

    /**
     * Runs each op at each size against the {@code cpu} service, then checks that the {@code opencl}
     * service never left its OpenCL device and launched the kernel of every op. Every check runs
     * even when an earlier one fails, and the failure names the op and the size.
     */
    @Test
    void everyOpMatchesCpuInsideFelix() throws Exception {
        BundleContext context = felix.getBundleContext();
        Object openClService = service(context, "opencl", 10);
        Object cpuService = service(context, "cpu", 0);
        ComputeBackend openCl = ServiceBridge.backend(openClService);
        ComputeBackend cpu = ServiceBridge.backend(cpuService);

        List<Executable> checks = new ArrayList<>();
        for (Op op : OPS) {
            for (int size : SIZES) {
                checks.add(() -> runNamed(op.name() + " at size " + size, () -> op.check().run(cpu, openCl, size)));
            }
        }
        checks.add(() -> runNamed("opencl service on OpenCL", () -> assertRanOnOpenCl(openClService, openCl)));

        assertAll("ComputeBackend ops through the opencl service inside Felix", checks);
    }

    /** Runs a check and prefixes the name to its failure message. */
    private static void runNamed(String name, Executable check) throws Throwable {
        try {
            check.execute();
        } catch (AssertionError e) {
            throw new AssertionError(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Asserts that the service selected an OpenClBackend that built every kernel, never fell back,
     * and launched every kernel the device can run (all of them on a device with fp64).
     */
    private static void assertRanOnOpenCl(Object service, ComputeBackend openCl) throws Exception {
        OpenClDeviceInfo device = OpenClDevices.autoChoice().orElseThrow();
        String reason = (String) service.getClass().getMethod("selectionReason").invoke(service);
        Object selected = service.getClass().getMethod("selectedBackend").invoke(service);

        assertEquals(OPEN_CL_BACKEND, selected.getClass().getName(), "selection: " + reason);
        assertTrue(reason.endsWith("every kernel built"), reason);
        assertNull(selected.getClass().getMethod("failure").invoke(selected), "the backend fell back to the CPU");
        assertEquals("opencl", openCl.name());
        if (device.fp64()) {
            assertEquals(device.label(), openCl.device());
        } else {
            assertTrue(openCl.device().startsWith(device.label() + ";"), openCl.device());
        }
        assertEquals(List.of(), kernelsNeverLaunched(selected, device.fp64()),
                "kernels that did not run on " + device.label());
    }

    /** Lists the catalog's kernels with no launch on the device, leaving out fp64 kernels on a device without fp64. */
    private static List<String> kernelsNeverLaunched(Object backend, boolean fp64) throws Exception {
        Object launcher = backend.getClass().getMethod("launcher").invoke(backend);
        // launchCount is package-private: tests in the bundle's own package call it directly.
        Method launchCount = launcher.getClass().getDeclaredMethod("launchCount", Class.class);
        launchCount.setAccessible(true);
        Class<?> catalog = backend.getClass().getClassLoader().loadClass(KERNEL_CATALOG);
        List<String> missing = new ArrayList<>();
        for (Object entry : (List<?>) catalog.getMethod("entries").invoke(null)) {
            Class<?> kernel = (Class<?>) entry.getClass().getMethod("kernel").invoke(entry);
            boolean needsFp64 = (Boolean) entry.getClass().getMethod("fp64").invoke(entry);
            if ((fp64 || !needsFp64) && (Long) launchCount.invoke(launcher, kernel) == 0) {
                missing.add(kernel.getSimpleName());
            }
        }
        return missing;
    }

    private static void startBundles(BundleContext context) throws Exception {
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
    }

    /** Waits for the ComputeBackend service with this name and checks its ranking. */
    private static Object service(BundleContext context, String name, int ranking) throws Exception {
        String filter = "(&(" + Constants.OBJECTCLASS + "=" + BACKEND + ")(name=" + name + "))";
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, context.createFilter(filter), null);
        tracker.open(true);
        try {
            Object service = tracker.waitForService(30_000);
            assertNotNull(service, "no ComputeBackend service with name=" + name + " after 30 s");
            ServiceReference<Object> reference = tracker.getServiceReference();
            assertEquals(ranking, reference.getProperty(Constants.SERVICE_RANKING), "service.ranking of " + name);
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
