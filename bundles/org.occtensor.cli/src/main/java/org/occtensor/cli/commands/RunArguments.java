package org.occtensor.cli.commands;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.occtensor.io.api.ReadOptions;
import org.occtensor.refine.api.RefineRequest;

/** Options of a refinement run: what to refine, with which target and optimizer, and how to report. */
public final class RunArguments {

    @Option(names = "--refine", paramLabel = "WHICH", defaultValue = "partial",
            description = "Groups to refine: partial (conformer sets and groups below full occupancy), all, or a "
                    + "phenix-style selection such as 'chain A and altloc A', which refines every group with a "
                    + "selected atom, with the rest of its conformer set, and freezes the others "
                    + "(default: ${DEFAULT-VALUE}).")
    String refine = "partial";

    @Option(names = "--target", paramLabel = "NAME", defaultValue = "ml",
            description = "Refinement target, by name: ml (maximum likelihood) or ls (least squares) from the X-ray "
                    + "bundle, or one a plug-in registers (default: ${DEFAULT-VALUE}).")
    String target = "ml";

    @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = "lbfgs",
            description = "lbfgs or adam (default: ${DEFAULT-VALUE}).")
    String optimizer = "lbfgs";

    @Option(names = "--cycles", paramLabel = "N", defaultValue = "3",
            description = "Macro-cycles of scaling and minimisation (default: ${DEFAULT-VALUE}).")
    int cycles = RefineRequest.DEFAULT_CYCLES;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "25",
            description = "Optimizer iterations per macro-cycle (default: ${DEFAULT-VALUE}).")
    int iterations = RefineRequest.DEFAULT_ITERATIONS;

    @Option(names = "--labels", paramLabel = "F,SIGF[,FREE]",
            description = "Data columns to use instead of the automatic choice.")
    String labels;

    @Option(names = "--overwrite", description = "Replace existing output files.")
    boolean overwrite;

    @Option(names = "--clamp-occupancies",
            description = "Clamp model occupancies outside [0, 1] to the nearest bound with a warning, instead of "
                    + "rejecting the model.")
    boolean clampOccupancies;

    @Option(names = "--model", paramLabel = "N",
            description = "Model number to read from a multi-model file (default: the first model).")
    int modelNumber = ReadOptions.FIRST_MODEL;

    @Option(names = "--json", description = "Print the report as JSON on standard output.")
    boolean json;

    @Option(names = "--quiet", description = "Print only errors and the final summary.")
    boolean quiet;

    RefineRequest request(Path model, Path data, GroupingArguments grouping, Path out) throws UserInputException {
        try {
            return new RefineRequest(model, data, labels, grouping.strategyNames(), grouping.options(), refine,
                    target, optimizer, cycles, iterations, out, overwrite, clampOccupancies, modelNumber);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    ConsoleProgress progress(CommandContext context) {
        return new ConsoleProgress(context.err(), System.console() != null, quiet);
    }
}
