package org.occtensor.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.api.OccupancyTensor;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.GroupTarget;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.io.api.ModelReader;
import org.occtensor.refine.api.GroupingEngine;
import org.occtensor.refine.api.PluginRegistry;
import org.occtensor.xray.api.ReflectionData;
import org.occtensor.xray.api.ReflectionOptions;
import org.occtensor.xray.api.ReflectionReader;
import org.occtensor.xray.api.XrayModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * X-ray scoring on a real dataset: building F_model (F_calc by FFT, solvent mask, bulk solvent
 * and scaling) and one maximum-likelihood target evaluation with gradient from precomputed
 * per-group structure factors. Run from the repository root so that {@code ../shared/data} exists.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class XrayBenchmark {

    @Param({"br_lcls/BR_LCLS_refine_8"})
    public String dataset;

    @Param({"../shared/data"})
    public String dataFolder;

    private AtomTable atoms;
    private ReflectionData data;
    private ComputeBackend cpu;
    private GroupTarget target;
    private double[] groupOccupancies;
    private double[] gradient;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path base = Path.of(dataFolder).resolve(dataset);
        Path model = base.resolveSibling(base.getFileName() + ".pdb");
        Path mtz = base.resolveSibling(base.getFileName() + ".mtz");
        if (!Files.exists(model) || !Files.exists(mtz)) {
            throw new IllegalStateException("dataset files " + model + " and " + mtz
                    + " not found; run from the repository root or set -p dataFolder=...");
        }
        atoms = new ModelReader().read(model).atoms();
        data = ReflectionReader.read(mtz, ReflectionOptions.defaults());
        PluginRegistry registry = PluginRegistry.fromServiceLoader(XrayBenchmark.class.getClassLoader());
        cpu = registry.backend("cpu");
        GroupingPlan plan = GroupingEngine.of(registry).plan(atoms, List.of("altloc", "residue"),
                GroupingOptions.empty());
        OccupancyTensor tensor = OccupancyTensor.builder(plan).occupancies(atoms.occupancies()).backend(cpu).build();
        XrayModel xray = XrayModel.create(atoms, data, cpu);
        target = xray.target(plan, tensor.refinableMask(), "ml");
        groupOccupancies = tensor.groupOccupancies();
        gradient = new double[plan.groupCount()];
    }

    /** F_calc (FFT), solvent mask, bulk solvent and scale fit for the whole dataset. */
    @Benchmark
    public double fmodel() throws Exception {
        return XrayModel.create(atoms, data, cpu).rWork();
    }

    /** Evaluates the ML target and its gradient over group occupancies from precomputed group structure factors. */
    @Benchmark
    public double targetEvaluation() {
        return target.evaluate(groupOccupancies, gradient);
    }
}
