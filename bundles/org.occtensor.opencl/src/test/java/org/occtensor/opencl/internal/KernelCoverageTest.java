package org.occtensor.opencl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aparapi.Kernel;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.ConformerLayout;
import org.occtensor.core.spi.ExpansionIndex;
import org.occtensor.core.spi.Reflections;
import org.occtensor.core.spi.ScatteringAtoms;
import org.occtensor.opencl.internal.kernels.Fp64ProbeKernel;

/**
 * Enumerates the ComputeBackend SPI by reflection: every op must map to an OpenCL kernel class, and
 * running the op must launch that kernel on the OpenCL device, not on Aparapi's Java thread pool.
 * A new SPI op fails this test until it has a kernel and an entry in {@link #RUNNERS}.
 */
class KernelCoverageTest {

    /** SPI methods that set up or describe the backend and run no kernel. */
    private static final Set<String> NOT_OPS = Set.of("name", "device", "prepareExpansion", "prepareConformers",
            "close");

    private static final Map<String, Consumer<ComputeBackend>> RUNNERS = runners();

    @Test
    void everySpiOpHasKernel() {
        List<String> missing = ops().stream()
                .filter(op -> KernelCatalog.forOperation(op).isEmpty())
                .map(KernelCatalog::signature)
                .collect(Collectors.toList());

        assertEquals(List.of(), missing, "ComputeBackend ops without an OpenCL kernel in KernelCatalog");
    }

    @Test
    void catalogListsOnlySpiOps() {
        Set<String> spi = ops().stream().map(KernelCatalog::signature).collect(Collectors.toSet());
        List<String> stale = KernelCatalog.entries().stream()
                .map(KernelCatalog.Entry::operation)
                .filter(op -> !spi.contains(op))
                .collect(Collectors.toList());

        assertEquals(List.of(), stale, "KernelCatalog entries that are not ComputeBackend ops");
    }

    /**
     * Aparapi 3.0.0 parses a kernel's superclass with BCEL, which looks it up by name through the
     * Aparapi bundle's class loader and {@code java.class.path}. Inside OSGi that finds
     * {@link Kernel} but no class of this bundle, so a kernel with its own superclass builds on the
     * plain class path of this test and fails inside Felix.
     */
    @Test
    void everyKernelExtendsAparapiKernel() {
        List<String> indirect = new ArrayList<>();
        List<Class<?>> kernels = new ArrayList<>();
        KernelCatalog.entries().forEach(entry -> kernels.add(entry.kernel()));
        kernels.add(Fp64ProbeKernel.class);
        for (Class<?> kernel : kernels) {
            if (kernel.getSuperclass() != Kernel.class) {
                indirect.add(kernel.getSimpleName() + " extends " + kernel.getSuperclass().getName());
            }
        }

        assertEquals(List.of(), indirect, "kernels that do not extend com.aparapi.Kernel directly");
    }

    @Test
    void everyOpRunsItsKernelOnOpenCl() {
        OpenClBackend backend = OpenClTestSupport.freshBackend();
        List<String> notRun = new ArrayList<>();
        for (Method op : ops()) {
            String signature = KernelCatalog.signature(op);
            KernelCatalog.Entry entry = KernelCatalog.forOperation(op).orElseThrow();
            Consumer<ComputeBackend> runner = RUNNERS.get(signature);
            assertTrue(runner != null, "no runner in KernelCoverageTest for " + signature);
            long before = backend.launcher().launchCount(entry.kernel());

            runner.accept(backend);

            if (backend.launcher().launchCount(entry.kernel()) <= before) {
                notRun.add(signature + " -> " + entry.kernel().getSimpleName());
            }
        }

        assertNull(backend.failure(), "an op fell back to the CPU backend");
        assertEquals(List.of(), notRun, "ops whose kernel did not run on " + backend.device());
        backend.close();
    }

    private static List<Method> ops() {
        return Arrays.stream(ComputeBackend.class.getDeclaredMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && !m.isDefault() && !m.isSynthetic())
                .filter(m -> !NOT_OPS.contains(m.getName()))
                .collect(Collectors.toList());
    }

    /** Builds one small call per op signature, on inputs with 37 work items. */
    private static Map<String, Consumer<ComputeBackend>> runners() {
        SplittableRandom random = TestData.random(31);
        int n = 37;
        int[] groupOf = TestData.groupOfAtom(n, 9, random);
        TestData.Layout layout = TestData.layout(n, 2, random);
        float[] floats = TestData.floats(Math.max(n, layout.groupCount()), -1, 1, random);
        double[] doubles = TestData.toDoubles(floats);
        double[] matrix = TestData.doubles(3 * n, -1, 1, random);
        ScatteringAtoms atoms = TestData.atoms(n, random);
        Reflections reflections = TestData.reflections(n, random);

        return Map.ofEntries(
                Map.entry("gather(ExpansionIndex,float[],float[])", b -> {
                    try (ExpansionIndex index = b.prepareExpansion(groupOf, 9)) {
                        b.gather(index, floats, new float[n]);
                    }
                }),
                Map.entry("gather(ExpansionIndex,double[],double[])", b -> {
                    try (ExpansionIndex index = b.prepareExpansion(groupOf, 9)) {
                        b.gather(index, doubles, new double[n]);
                    }
                }),
                Map.entry("segmentSum(ExpansionIndex,float[],float[])", b -> {
                    try (ExpansionIndex index = b.prepareExpansion(groupOf, 9)) {
                        b.segmentSum(index, floats, new float[9]);
                    }
                }),
                Map.entry("segmentSum(ExpansionIndex,double[],double[])", b -> {
                    try (ExpansionIndex index = b.prepareExpansion(groupOf, 9)) {
                        b.segmentSum(index, doubles, new double[9]);
                    }
                }),
                Map.entry("sigmoid(float[],float[],int)", b -> b.sigmoid(floats, new float[n], n)),
                Map.entry("sigmoid(double[],double[],int)", b -> b.sigmoid(doubles, new double[n], n)),
                Map.entry("sigmoidBackward(float[],float[],float[],int)",
                        b -> b.sigmoidBackward(floats, floats, new float[n], n)),
                Map.entry("sigmoidBackward(double[],double[],double[],int)",
                        b -> b.sigmoidBackward(doubles, doubles, new double[n], n)),
                Map.entry("conformerSoftmax(ConformerLayout,float[],float[])", b -> {
                    try (ConformerLayout l = KernelParityTest.prepare(b, layout)) {
                        b.conformerSoftmax(l, floats, new float[layout.groupCount()]);
                    }
                }),
                Map.entry("conformerSoftmax(ConformerLayout,double[],double[])", b -> {
                    try (ConformerLayout l = KernelParityTest.prepare(b, layout)) {
                        b.conformerSoftmax(l, doubles, new double[layout.groupCount()]);
                    }
                }),
                Map.entry("conformerSoftmaxBackward(ConformerLayout,float[],float[],float[])", b -> {
                    try (ConformerLayout l = KernelParityTest.prepare(b, layout)) {
                        b.conformerSoftmaxBackward(l, floats, floats, new float[layout.groupCount()]);
                    }
                }),
                Map.entry("conformerSoftmaxBackward(ConformerLayout,double[],double[],double[])", b -> {
                    try (ConformerLayout l = KernelParityTest.prepare(b, layout)) {
                        b.conformerSoftmaxBackward(l, doubles, doubles, new double[layout.groupCount()]);
                    }
                }),
                Map.entry("weightedRowSum(double[],int,int,double[],double[])",
                        b -> b.weightedRowSum(matrix, 3, n, doubles, new double[n])),
                Map.entry("rowDot(double[],int,int,double[],double[])",
                        b -> b.rowDot(matrix, n, 3, doubles, new double[n])),
                Map.entry("structureFactors(ScatteringAtoms,Reflections,SymmetryOperators,double[],double[])",
                        b -> b.structureFactors(atoms, reflections, TestData.p21(), new double[n], new double[n])),
                Map.entry("structureFactorsOccupancyAdjoint(ScatteringAtoms,Reflections,SymmetryOperators,double[],"
                        + "double[],double[])", b -> b.structureFactorsOccupancyAdjoint(atoms, reflections,
                        TestData.p21(), doubles, doubles, new double[n])));
    }
}
