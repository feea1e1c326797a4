package org.occtensor.cli.commands;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.occtensor.opencl.api.BackendSelection;
import org.occtensor.refine.api.RefineJob;
import org.occtensor.refine.api.RefineRequest;
import org.occtensor.refine.api.RefinementReport;
import org.occtensor.refine.api.ReportJson;
import org.occtensor.refine.api.UnknownPluginException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Refines the occupancies of a model against X-ray data. */
@Command(name = "refine", mixinStandardHelpOptions = true,
        description = "Refines occupancies of MODEL against DATA and writes the model, a report, a log and plots.")
final class RefineCommand implements Callable<Integer> {

    private final CommandContext context;

    @Parameters(index = "0", paramLabel = "MODEL", description = "PDB or mmCIF model (plain or gzip).")
    Path model;

    @Parameters(index = "1", paramLabel = "DATA", description = "MTZ or structure-factor mmCIF file.")
    Path data;

    @Mixin
    GroupingArguments grouping;

    @Mixin
    BackendArguments backend;

    @Mixin
    RunArguments run;

    @Option(names = "--out", paramLabel = "PREFIX",
            description = "Output prefix, or a folder (existing, or ending in /) for the default names "
                    + "(default: the model's name with _occ, next to the model).")
    String out;

    RefineCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        RefineRequest request = run.request(model, data, grouping, prefix(out, model));
        grouping.checkStrategies(context.registry());
        try {
            context.registry().targetProvider(request.target());
        } catch (UnknownPluginException e) {
            throw new UserInputException("--target: " + e.getMessage(), e);
        }
        BackendSelection selection = backend.select(context.registry());
        RefineJob job = new RefineJob(context.registry(), selection.backend(), selection.reason());
        ConsoleProgress progress = run.progress(context);
        RefinementReport report = job.run(request, progress);
        progress.finish();
        printSummary(context, report, run.json);
        return 0;
    }

    /**
     * Returns the output prefix that {@code --out} names: the value itself, or the default name inside it
     * when it names a folder (one that exists, or any value ending in a slash). Returns null without
     * {@code --out}.
     */
    static Path prefix(String out, Path model) throws UserInputException {
        if (out == null) {
            return null;
        }
        Path path;
        try {
            path = Path.of(out);
        } catch (InvalidPathException e) {
            throw new UserInputException("--out " + out + ": invalid path: " + e.getReason(), e);
        }
        boolean folder = out.endsWith("/") || out.endsWith(File.separator) || Files.isDirectory(path);
        return folder ? path.resolve(RefineRequest.defaultPrefix(model).getFileName()) : path;
    }

    static void printSummary(CommandContext context, RefinementReport report, boolean json) {
        String summary = String.format(Locale.ROOT,
                "R-work %.4f -> %.4f, R-free %.4f -> %.4f (%d cycles, %s on %s)", report.rWorkStart(),
                report.rWorkFinal(), report.rFreeStart(), report.rFreeFinal(), report.cycles().size(),
                report.backend(), report.device());
        if (json) {
            context.out().println(ReportJson.toJson(report));
            context.err().println(summary);
        } else {
            context.out().println(summary);
        }
    }
}
