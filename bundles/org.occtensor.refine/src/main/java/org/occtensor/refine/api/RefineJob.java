package org.occtensor.refine.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.ConformerSet;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.api.OccupancyTensor;
import org.occtensor.core.api.optim.AdamOptimizer;
import org.occtensor.core.api.optim.LbfgsOptimizer;
import org.occtensor.core.api.optim.Optimizer;
import org.occtensor.core.api.optim.StopCriteria;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.GroupTarget;
import org.occtensor.core.spi.GroupingException;
import org.occtensor.core.spi.TargetContext;
import org.occtensor.core.spi.TargetProvider;
import org.occtensor.grouping.custom.api.AtomSelection;
import org.occtensor.io.api.ModelFile;
import org.occtensor.io.api.ModelFormat;
import org.occtensor.io.api.ModelReadException;
import org.occtensor.io.api.ModelReader;
import org.occtensor.io.api.ModelWriter;
import org.occtensor.io.api.ReadOptions;
import org.occtensor.refine.internal.engine.MacroCycles;
import org.occtensor.refine.internal.engine.RunLog;
import org.occtensor.refine.internal.engine.StartAwayFromBounds;
import org.occtensor.refine.internal.engine.Stopwatch;
import org.occtensor.refine.internal.report.Plots;
import org.occtensor.refine.internal.report.StagedOutputs;
import org.occtensor.xray.api.AmplitudeOutliers;
import org.occtensor.xray.api.DataModelCheck;
import org.occtensor.xray.api.DataModelMismatchException;
import org.occtensor.xray.api.ReflectionData;
import org.occtensor.xray.api.ReflectionFileException;
import org.occtensor.xray.api.ReflectionOptions;
import org.occtensor.xray.api.ReflectionReader;
import org.occtensor.xray.api.XrayModel;

/**
 * One occupancy refinement from files to files: read, group, score, refine in macro-cycles,
 * and write the model, report, log and plots all or nothing.
 */
public final class RefineJob {

    /**
     * Largest change of an atom's occupancy between the file and the tensor's start above which scales
     * and solvent are refitted before the first cycle. The start R-factors are always the file's.
     */
    private static final double REFIT_THRESHOLD = 1e-3;

    private final PluginRegistry registry;
    private final GroupingEngine grouping;
    private final ComputeBackend backend;
    private final String backendReason;

    /**
     * @param registry      supplies the grouping strategies and the target provider the request names
     * @param backend       the backend that runs the kernels
     * @param backendReason why that backend was chosen, for the log
     */
    public RefineJob(PluginRegistry registry, ComputeBackend backend, String backendReason) {
        this.registry = registry;
        this.grouping = GroupingEngine.of(registry);
        this.backend = backend;
        this.backendReason = backendReason;
    }

    /** The outputs a request will write, in order: model, report, log, occupancy plot, R-factor plot. */
    public static List<Path> outputs(RefineRequest request, ModelFormat format) {
        Path prefix = request.outPrefix() != null ? request.outPrefix() : RefineRequest.defaultPrefix(request.model());
        String extension = format == ModelFormat.MMCIF ? ".cif" : ".pdb";
        return List.of(sibling(prefix, extension), sibling(prefix, "_report.json"), sibling(prefix, ".log"),
                sibling(prefix, "_occupancies.png"), sibling(prefix, "_rfactors.png"));
    }

    /**
     * Runs the refinement and writes its outputs.
     *
     * @throws ModelReadException, ReflectionFileException, GroupingException, DataModelMismatchException
     *         for bad input; nothing is written then
     * @throws UnknownPluginException when no target provider or grouping strategy has a requested name;
     *         before reading anything
     */
    public RefinementReport run(RefineRequest request, ProgressListener progress)
            throws IOException, ModelReadException, ReflectionFileException, GroupingException,
            DataModelMismatchException {
        TargetProvider targetProvider = registry.targetProvider(request.target());
        request.strategies().forEach(registry::strategy);
        RunLog log = new RunLog(progress);
        Stopwatch clock = new Stopwatch();
        log.info("backend: " + backend.name() + " on " + backend.device() + " (" + backendReason + ")");
        log.info("target: " + targetProvider.name() + " (" + targetProvider.description() + ")");

        progress.stage("reading");
        List<Path> outputs = outputs(request, ModelReader.detectFormat(request.model()));
        try (StagedOutputs staged = new StagedOutputs(request.overwrite())) {
            staged.checkWritable(outputs);
            ModelFile modelFile = new ModelReader().read(request.model(),
                    ReadOptions.defaults().withClampOccupancy(request.clampOccupancies())
                            .withModel(request.modelNumber()));
            ReflectionData data = readData(request);
            AtomTable atoms = modelFile.atoms();
            checkCells(atoms, data);
            modelFile.warnings().forEach(w -> log.record("warning: " + w));
            List<String> dataWarnings = AmplitudeOutliers.check(data);
            dataWarnings.forEach(w -> log.info("warning: " + w));
            log.info(inputSummary(request, atoms, data));
            double reading = clock.lap();

            progress.stage("grouping");
            GroupingPlan plan = grouping.plan(atoms, request.strategies(), request.grouping());
            plan.warnings().forEach(w -> log.record("warning: " + w));
            OccupancyTensor tensor = tensor(request, atoms, plan, log);
            double groupingTime = clock.lap();

            progress.stage("structure factors and scaling");
            double[] startGroups = plan.groupMeans(atoms.occupancies());
            XrayModel xray = XrayModel.create(atoms, data, backend);
            double rWorkStart = xray.rWork();
            double rFreeStart = xray.rFree();
            log.info(String.format(Locale.ROOT, "start: R-work %.4f, R-free %.4f, k_sol %.3f, B_sol %.1f",
                    rWorkStart, rFreeStart, xray.kSol(), xray.bSol()));
            double[] tensorStart = tensor.forward64();
            if (largestDifference(tensorStart, atoms.occupancies()) > REFIT_THRESHOLD) {
                // Groups start at their members' mean (custom groups) or renormalised sets: refit to that start.
                xray.updateSolventAndScales(tensorStart);
            }
            double structureFactors = clock.lap();

            logMoved(log, StartAwayFromBounds.apply(tensor));
            boolean[] refinable = tensor.refinableMask();
            TargetContext targetContext = TargetContext.of(atoms, plan, refinable, Map.of(XrayModel.class, xray));
            CycleRun run = runCycles(request, progress, log, tensor, xray, () -> targetProvider.create(targetContext));
            List<RefinementReport.Cycle> cycles = run.cycles();
            double scaling = run.scalingSeconds();
            double minimisation = clock.lap() - scaling;

            progress.stage("writing");
            double[] finalGroups = tensor.groupOccupancies();
            double[] finalAtoms = tensor.forward64();
            RefinementReport partial = new RefinementReport(request.model().toString(), request.data().toString(),
                    backend.name(), backend.device(), plan.strategies(), request.target(), request.optimizer(),
                    rWorkStart, rFreeStart, xray.rWork(), xray.rFree(), xray.kSol(), xray.bSol(), xray.nWork(),
                    xray.nFree(), xray.dMin(), data.report().freeConvention(), cycles,
                    groups(plan, startGroups, finalGroups, refinable), sets(plan),
                    warnings(modelFile, dataWarnings, plan, tensor),
                    new RefinementReport.Timings(reading, groupingTime, structureFactors, scaling,
                            minimisation, 0, 0));
            log.info(String.format(Locale.ROOT, "final: R-work %.4f -> %.4f, R-free %.4f -> %.4f", rWorkStart,
                    xray.rWork(), rFreeStart, xray.rFree()));
            new ModelWriter().write(modelFile, finalAtoms, staged.stage(outputs.get(0)), true);
            Plots.occupancies(partial, staged.stage(outputs.get(3)));
            Plots.rFactors(partial, staged.stage(outputs.get(4)));
            double writing = clock.lap();
            RefinementReport report = withTimings(partial, new RefinementReport.Timings(reading, groupingTime,
                    structureFactors, scaling, minimisation, writing, clock.total()));
            Files.writeString(staged.stage(outputs.get(1)), ReportJson.toJson(report));
            log.info(String.format(Locale.ROOT, "outputs: %s and 4 more files; %.1f s in all", outputs.get(0),
                    clock.total()));
            Files.writeString(staged.stage(outputs.get(2)), log.text());
            staged.commit();
            progress.info("wrote " + outputs.get(0) + " and 4 more files");
            return report;
        }
    }

    private static ReflectionData readData(RefineRequest request) throws ReflectionFileException {
        ReflectionOptions options = ReflectionOptions.defaults();
        if (request.labels() != null) {
            options = options.withLabels(request.labels());
        }
        return ReflectionReader.read(request.data(), options);
    }

    private static void checkCells(AtomTable atoms, ReflectionData data) throws DataModelMismatchException {
        if (atoms.cell().isEmpty()) {
            throw new DataModelMismatchException(atoms.source() + ": the model has no unit cell (CRYST1 or _cell); "
                    + "structure factors need one");
        }
        DataModelCheck.check(atoms.cell().get(), atoms.source(), data.cell(), data.source());
    }

    /** Refines every group with a selected atom and the rest of its conformer set, and freezes the others. */
    private static void refineOnly(OccupancyTensor tensor, AtomSelection selection, AtomTable atoms)
            throws GroupingException {
        boolean[] selected = selection.select(atoms);
        boolean any = false;
        for (boolean s : selected) {
            any |= s;
        }
        if (!any) {
            throw new GroupingException("--refine selection \"" + selection + "\" matches no atom of the model; "
                    + "check its chain ids, residue numbers and altlocs");
        }
        tensor.freezeAll();
        tensor.unfreeze(selected);
        tensor.unfreezeGroups(otherSetMembers(tensor));
    }

    /**
     * Returns the frozen members of conformer sets that have a refinable member. A complete set leaves a
     * lone refinable member no freedom, so a selection such as "altloc A" refines the A/B split.
     */
    private static int[] otherSetMembers(OccupancyTensor tensor) {
        GroupingPlan plan = tensor.plan();
        boolean[] refinable = tensor.refinableMask();
        List<Integer> members = new ArrayList<>();
        for (ConformerSet set : plan.conformerSets()) {
            boolean touched = Arrays.stream(set.groups()).anyMatch(g -> refinable[g]);
            for (int g : set.groups()) {
                if (touched && !refinable[g]) {
                    members.add(g);
                }
            }
        }
        return members.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Builds the tensor at the file's occupancies and applies the request's choice of refinable groups. */
    private OccupancyTensor tensor(RefineRequest request, AtomTable atoms, GroupingPlan plan, RunLog log)
            throws GroupingException {
        OccupancyTensor tensor = OccupancyTensor.builder(plan).occupancies(atoms.occupancies()).backend(backend)
                .build();
        if ("all".equals(request.refine())) {
            tensor.unfreezeAll();
        } else if (request.selection() != null) {
            refineOnly(tensor, request.selection(), atoms);
        }
        tensor.warnings().forEach(w -> log.record("warning: " + w));
        log.info("tensor: " + tensor.summary());
        return tensor;
    }

    /** The macro-cycles' outcomes and the seconds spent refitting scales and solvent after them. */
    private record CycleRun(List<RefinementReport.Cycle> cycles, double scalingSeconds) {
    }

    /**
     * Runs the macro-cycles on {@code tensor}. Scales and solvent are refitted after every cycle, for its
     * R-factors, at the occupancies the next cycle starts from, so a cycle's setup only makes the target.
     */
    private static CycleRun runCycles(RefineRequest request, ProgressListener progress, RunLog log,
                                      OccupancyTensor tensor, XrayModel xray, Supplier<GroupTarget> targets) {
        log.info("scales and bulk solvent are refitted between macro-cycles, so target values compare within a "
                + "cycle, not across cycles");
        List<RefinementReport.Cycle> cycles = new ArrayList<>();
        double[] scalingTime = {0.0};
        int[] currentCycle = {0};
        MacroCycles macro = new MacroCycles(optimizer(request.optimizer()),
                StopCriteria.defaults().withMaxIterations(request.iterations()), request.cycles());
        macro.run(tensor, (cycle, atomOccupancies) -> {
            currentCycle[0] = cycle;
            return targets.get();
        }, report -> progress.iteration(currentCycle[0], request.cycles(), report.iteration(), request.iterations(),
                report.loss()), outcome -> {
                long t0 = System.nanoTime();
                xray.updateSolventAndScales(tensor.forward64());
                scalingTime[0] += (System.nanoTime() - t0) * 1e-9;
                cycles.add(new RefinementReport.Cycle(outcome.cycle(), xray.rWork(), xray.rFree(),
                        outcome.targetEnd(), outcome.iterations(), outcome.stopReason()));
                progress.cycle(outcome.cycle(), request.cycles(), xray.rWork(), xray.rFree());
                log.info(String.format(Locale.ROOT,
                        "cycle %d: %d iteration%s (%s), target %.6g -> %.6g, R-work %.4f, R-free %.4f",
                        outcome.cycle(), outcome.iterations(), outcome.iterations() == 1 ? "" : "s",
                        outcome.stopReason(), outcome.targetStart(), outcome.targetEnd(), xray.rWork(), xray.rFree()));
            });
        if (cycles.size() < request.cycles()) {
            log.info(String.format(Locale.ROOT, "stopped after %d of %d cycles: the last one changed the target by"
                    + " less than %.0e of its value", cycles.size(), request.cycles(),
                    MacroCycles.CONVERGED_RELATIVE_DECREASE));
        }
        return new CycleRun(cycles, scalingTime[0]);
    }

    private static String inputSummary(RefineRequest request, AtomTable atoms, ReflectionData data) {
        return String.format(Locale.ROOT, "model %s: %d atoms; data %s: %d reflections, columns %s/%s%s (%s)",
                request.model(), atoms.size(), request.data(), data.size(), data.report().amplitudeLabel(),
                data.report().sigmaLabel(), data.report().frenchWilson() ? " after French-Wilson" : "",
                data.report().freeConvention());
    }

    /** Logs the groups that start inside the bounds, the first 8 by name. */
    private static void logMoved(RunLog log, List<String> moved) {
        if (moved.isEmpty()) {
            return;
        }
        String named = String.join(", ", moved.subList(0, Math.min(8, moved.size())))
                + (moved.size() > 8 ? " and " + (moved.size() - 8) + " more" : "");
        log.info(String.format(Locale.ROOT, "%d refinable group%s start %.2f from occupancy 0 or 1 so that they can"
                + " move: %s", moved.size(), moved.size() == 1 ? "" : "s", StartAwayFromBounds.MARGIN, named));
    }

    private static double largestDifference(double[] a, double[] b) {
        double largest = 0.0;
        for (int i = 0; i < a.length; i++) {
            largest = Math.max(largest, Math.abs(a[i] - b[i]));
        }
        return largest;
    }

    private static Optimizer optimizer(String name) {
        return "adam".equals(name) ? new AdamOptimizer() : new LbfgsOptimizer();
    }

    private static List<RefinementReport.Group> groups(GroupingPlan plan, double[] start, double[] end,
                                                       boolean[] refinable) {
        List<RefinementReport.Group> groups = new ArrayList<>();
        for (int g = 0; g < plan.groupCount(); g++) {
            groups.add(new RefinementReport.Group(g, plan.label(g), plan.atomCountOf(g), start[g], end[g],
                    refinable[g]));
        }
        return groups;
    }

    private static List<RefinementReport.ConformerSetEntry> sets(GroupingPlan plan) {
        List<RefinementReport.ConformerSetEntry> sets = new ArrayList<>();
        for (ConformerSet set : plan.conformerSets()) {
            List<Integer> ids = new ArrayList<>();
            for (int g : set.groups()) {
                ids.add(g);
            }
            sets.add(new RefinementReport.ConformerSetEntry(ids, set.kind().label()));
        }
        return sets;
    }

    private static List<String> warnings(ModelFile file, List<String> dataWarnings, GroupingPlan plan,
                                         OccupancyTensor tensor) {
        List<String> all = new ArrayList<>(file.warnings());
        all.addAll(dataWarnings);
        all.addAll(plan.warnings());
        all.addAll(tensor.warnings());
        return all;
    }

    private static RefinementReport withTimings(RefinementReport r, RefinementReport.Timings timings) {
        return new RefinementReport(r.model(), r.data(), r.backend(), r.device(), r.strategies(), r.target(),
                r.optimizer(), r.rWorkStart(), r.rFreeStart(), r.rWorkFinal(), r.rFreeFinal(), r.kSol(), r.bSol(),
                r.nWork(), r.nFree(), r.dMin(), r.freeFlagConvention(), r.cycles(), r.groups(), r.conformerSets(),
                r.warnings(), timings);
    }

    private static Path sibling(Path prefix, String suffix) {
        Path absolute = prefix.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + suffix);
    }
}
