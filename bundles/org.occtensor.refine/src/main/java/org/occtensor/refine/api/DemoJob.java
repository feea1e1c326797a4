package org.occtensor.refine.api;

import org.occtensor.refine.internal.demo.DemoModel;
import org.occtensor.refine.internal.demo.DemoData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.io.api.ModelReader;
import org.occtensor.io.api.ReadOptions;
import org.occtensor.refine.api.ProgressListener;
import org.occtensor.refine.api.RefineJob;
import org.occtensor.refine.api.RefineRequest;
import org.occtensor.refine.api.RefinementReport;

/**
 * The self-contained demo: writes a true and a starting model, simulates data from the true one,
 * refines the starting model against it and compares refined with true occupancies.
 */
public final class DemoJob {

    /** One row of the comparison table. */
    public record Row(String label, double truth, double start, double refined) {
    }

    /** Outcome of the demo: its folder, the refinement report and the comparison rows. */
    public record Result(Path folder, int reflections, RefinementReport report, List<Row> rows) {
    }

    private final RefineJob refine;
    private final ComputeBackend backend;

    public DemoJob(RefineJob refine, ComputeBackend backend) {
        this.refine = refine;
        this.backend = backend;
    }

    /** Runs the demo in {@code folder} (created when missing; its demo files are replaced). */
    public Result run(Path folder, ProgressListener progress) throws Exception {
        Files.createDirectories(folder);
        Path truePdb = folder.resolve("demo_true.pdb");
        Path startPdb = folder.resolve("demo_start.pdb");
        Path mtz = folder.resolve("demo_data.mtz");
        writeText(truePdb, DemoModel.pdb(true));
        writeText(startPdb, DemoModel.pdb(false));
        progress.stage("simulating data");
        int reflections = DemoData.write(new ModelReader().read(truePdb).atoms(), backend, mtz);
        progress.info(String.format(Locale.ROOT, "simulated %d reflections to %.1f A from %s", reflections,
                DemoData.D_MIN, truePdb));

        RefineRequest request = new RefineRequest(startPdb, mtz, null, List.of("altloc", "residue"),
                GroupingOptions.empty(), "partial", "ml", "lbfgs", RefineRequest.DEFAULT_CYCLES,
                RefineRequest.DEFAULT_ITERATIONS, folder.resolve("demo_occ"), true, false,
                ReadOptions.FIRST_MODEL);
        RefinementReport report = refine.run(request, progress);
        return new Result(folder, reflections, report, rows(report));
    }

    /** Compares each refined group that belongs to a split residue or the ligand with its true value. */
    static List<Row> rows(RefinementReport report) {
        List<Row> rows = new ArrayList<>();
        for (RefinementReport.Group g : report.groups()) {
            if (!g.refinable()) {
                continue;
            }
            Double truth = truthFor(g.label());
            if (truth != null) {
                rows.add(new Row(g.label(), truth, g.occupancyStart(), g.occupancyFinal()));
            }
        }
        return rows;
    }

    private static Double truthFor(String label) {
        if (label.contains("SO4")) {
            return DemoModel.TRUE_LIGAND_OCCUPANCY;
        }
        for (DemoModel.Split split : DemoModel.SPLITS) {
            if (label.matches("A/\\w+ " + split.residue() + "(-\\d+)? altloc A")) {
                return split.trueOccupancyA();
            }
            if (label.matches("A/\\w+ " + split.residue() + "(-\\d+)? altloc B")) {
                return 1.0 - split.trueOccupancyA();
            }
        }
        return null;
    }

    private static void writeText(Path file, String text) throws IOException {
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        Files.writeString(temporary, text);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
