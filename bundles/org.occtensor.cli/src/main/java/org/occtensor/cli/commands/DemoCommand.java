package org.occtensor.cli.commands;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.occtensor.opencl.api.BackendSelection;
import org.occtensor.refine.api.DemoJob;
import org.occtensor.refine.api.RefineJob;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Refines a built-in model against data simulated from known occupancies; needs no input files. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Builds a small model with alternate conformations, simulates data from known occupancies, "
                + "refines from wrong ones and prints true, start and refined occupancies.")
final class DemoCommand implements Callable<Integer> {

    private final CommandContext context;

    @Option(names = "--dir", paramLabel = "FOLDER", defaultValue = "occtensor-demo",
            description = "Folder for the demo's inputs and outputs (default: ${DEFAULT-VALUE}).")
    Path folder;

    @Option(names = "--quiet", description = "Print only errors and the final table.")
    boolean quiet;

    @Mixin
    BackendArguments backend;

    DemoCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        BackendSelection selection = backend.select(context.registry());
        RefineJob refine = new RefineJob(context.registry(), selection.backend(),
                selection.reason());
        ConsoleProgress progress = new ConsoleProgress(context.err(), System.console() != null, quiet);
        DemoJob.Result result = new DemoJob(refine, selection.backend()).run(folder, progress);
        progress.finish();

        var out = context.out();
        out.printf(Locale.ROOT, "%-32s %8s %8s %8s%n", "GROUP", "TRUE", "START", "REFINED");
        for (DemoJob.Row row : result.rows()) {
            out.printf(Locale.ROOT, "%-32s %8.3f %8.3f %8.3f%n", row.label(), row.truth(), row.start(), row.refined());
        }
        out.printf(Locale.ROOT, "R-work %.4f -> %.4f, R-free %.4f -> %.4f on %d simulated reflections (%s on %s)%n",
                result.report().rWorkStart(), result.report().rWorkFinal(), result.report().rFreeStart(),
                result.report().rFreeFinal(), result.reflections(), result.report().backend(),
                result.report().device());
        out.println("outputs in " + result.folder().toAbsolutePath());
        return 0;
    }
}
