package org.occtensor.refine.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.grouping.custom.api.AtomSelection;
import org.occtensor.grouping.custom.api.InvalidSelectionException;

/**
 * What to refine and how.
 *
 * @param model       PDB or mmCIF model
 * @param data        MTZ or structure-factor mmCIF file
 * @param labels      amplitude, sigma (and optional free-flag) columns, or null to choose automatically
 * @param strategies  grouping strategies in order
 * @param grouping    options for the strategies
 * @param refine      which groups to refine: "partial" (the plan's default), "all", or a phenix-style
 *                    selection, which refines every group with a selected atom, with the rest of its
 *                    conformer set, and freezes the others
 * @param target      name of a registered target provider: "ml" (default) or "ls" with the X-ray bundle;
 *                    the registry rejects an unknown name when the job runs
 * @param optimizer   "lbfgs" (default) or "adam"
 * @param cycles      number of macro-cycles
 * @param iterations  optimizer iterations per cycle
 * @param outPrefix   output prefix: PREFIX.pdb|cif, PREFIX_report.json, PREFIX.log, PREFIX_*.png
 * @param overwrite   replace existing outputs
 * @param clampOccupancies clamp model occupancies outside [0, 1] with a warning instead of rejecting the model
 * @param modelNumber model number to read from a multi-model file, 0 for the first
 */
public record RefineRequest(Path model, Path data, String labels, List<String> strategies, GroupingOptions grouping,
                            String refine, String target, String optimizer, int cycles, int iterations,
                            Path outPrefix, boolean overwrite, boolean clampOccupancies, int modelNumber) {

    public static final int DEFAULT_CYCLES = 3;
    public static final int DEFAULT_ITERATIONS = 25;

    public RefineRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        strategies = List.copyOf(strategies);
        if (cycles < 1) {
            throw new IllegalArgumentException("--cycles must be at least 1, got " + cycles);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("--iterations must be at least 1, got " + iterations);
        }
        Objects.requireNonNull(refine, "refine");
        selection(refine);
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("--target must name a target, got '" + target + "'");
        }
        if (!List.of("lbfgs", "adam").contains(optimizer)) {
            throw new IllegalArgumentException("--optimizer must be 'lbfgs' or 'adam', got '" + optimizer + "'");
        }
    }

    /** Returns the selection that {@code refine} names, or null for "partial" and "all". */
    public AtomSelection selection() {
        return selection(refine);
    }

    private static AtomSelection selection(String refine) {
        if (List.of("partial", "all").contains(refine)) {
            return null;
        }
        try {
            return AtomSelection.parse(refine);
        } catch (InvalidSelectionException e) {
            throw new IllegalArgumentException("--refine must be 'partial', 'all' or a selection: " + e.getMessage(),
                    e);
        }
    }

    /** The default prefix: the model's file name without extension, plus {@code _occ}, in the model's folder. */
    public static Path defaultPrefix(Path model) {
        String name = model.getFileName().toString();
        for (String suffix : new String[] {".gz", ".pdb", ".ent", ".cif", ".mmcif"}) {
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(suffix)) {
                name = name.substring(0, name.length() - suffix.length());
            }
        }
        Path folder = model.toAbsolutePath().getParent();
        return folder.resolve(name + "_occ");
    }
}
