package org.occtensor.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.refine.api.PluginRegistry;
import org.occtensor.refine.api.UnknownPluginException;

import picocli.CommandLine.Option;

/** Options that choose and tune the grouping strategies, shared by every command that groups atoms. */
public final class GroupingArguments {

    @Option(names = "--groups", split = ",", paramLabel = "NAME",
            description = "Grouping strategies in the order they run (default: ${DEFAULT-VALUE}).",
            defaultValue = "altloc,residue")
    List<String> strategies = new ArrayList<>();

    @Option(names = "--custom", paramLabel = "FILE",
            description = "JSON group file for the custom strategy; adds 'custom' in front of --groups when missing.")
    Path customFile;

    @Option(names = "--link", paramLabel = "MODE",
            description = "Linking of adjacent residues with the same conformers: adjacent (default) or none.")
    String link;

    @Option(names = "--residue-mode", paramLabel = "MODE",
            description = "residue strategy: uniform (one group when occupancies agree, default) or always.")
    String residueMode;

    @Option(names = "--tolerance", paramLabel = "OCC",
            description = "Occupancy tolerance for set sums and agreement (default 0.02).")
    Double tolerance;

    /** Returns the strategy names to run, with 'custom' first when a custom file was given. */
    public List<String> strategyNames() {
        List<String> names = new ArrayList<>(strategies);
        if (customFile != null && !names.contains("custom")) {
            names.add(0, "custom");
        }
        return names;
    }

    /**
     * Checks that every strategy to run is registered, before any work.
     *
     * @throws UserInputException naming {@code --groups} and the strategies available
     */
    public void checkStrategies(PluginRegistry registry) throws UserInputException {
        for (String name : strategyNames()) {
            try {
                registry.strategy(name);
            } catch (UnknownPluginException e) {
                throw new UserInputException("--groups: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Returns the options for the strategies.
     *
     * @throws UserInputException when {@code --tolerance} is not a number in [0, 0.5)
     */
    public GroupingOptions options() throws UserInputException {
        Map<String, String> values = new LinkedHashMap<>();
        if (customFile != null) {
            values.put("custom", customFile.toString());
        }
        if (link != null) {
            values.put("link", link);
        }
        if (residueMode != null) {
            values.put("residue-mode", residueMode);
        }
        if (tolerance != null) {
            values.put(GroupingOptions.TOLERANCE, tolerance.toString());
        }
        GroupingOptions options = GroupingOptions.of(values);
        try {
            options.tolerance();
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--tolerance: " + e.getMessage(), e);
        }
        return options;
    }
}
