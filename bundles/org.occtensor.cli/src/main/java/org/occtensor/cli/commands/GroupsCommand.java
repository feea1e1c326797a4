package org.occtensor.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.ConformerSet;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.io.api.ModelFile;
import org.occtensor.io.api.ModelReader;
import org.occtensor.io.api.ReadOptions;
import org.occtensor.refine.api.GroupingEngine;
import org.occtensor.refine.api.ReportJson;

import com.google.gson.GsonBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints the grouping plan of a model: groups, their atoms and mean occupancy in the file, conformer sets. */
@Command(name = "groups", mixinStandardHelpOptions = true,
        description = "Shows how a model's atoms are grouped and which groups would be refined.")
final class GroupsCommand implements java.util.concurrent.Callable<Integer> {

    private final CommandContext context;

    @Parameters(index = "0", paramLabel = "MODEL", description = "PDB or mmCIF model (plain or gzip).")
    Path model;

    @Mixin
    GroupingArguments grouping;

    @Option(names = "--model", paramLabel = "N", description = "Model number to read (default: the first).")
    int modelNumber = ReadOptions.FIRST_MODEL;

    @Option(names = "--clamp-occupancies",
            description = "Clamp model occupancies outside [0, 1] to the nearest bound with a warning.")
    boolean clampOccupancies;

    @Option(names = "--json", description = "Print the plan as JSON; atom indices are 0-based positions of the "
            + "model's ATOM/HETATM records in file order.")
    boolean json;

    GroupsCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        grouping.checkStrategies(context.registry());
        ModelFile file = new ModelReader().read(model,
                ReadOptions.defaults().withModel(modelNumber).withClampOccupancy(clampOccupancies));
        AtomTable atoms = file.atoms();
        GroupingPlan plan = GroupingEngine.of(context.registry())
                .plan(atoms, grouping.strategyNames(), grouping.options());
        double[] occupancy = plan.groupMeans(atoms.occupancies());
        if (json) {
            context.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(toJson(plan, occupancy)));
        } else {
            printTable(plan, occupancy);
        }
        return 0;
    }

    static Map<String, Object> toJson(GroupingPlan plan, double[] occupancy) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("atoms", plan.atomCount());
        root.put("strategies", plan.strategies());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (int g = 0; g < plan.groupCount(); g++) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("id", g);
            group.put("label", plan.label(g));
            group.put("atoms", plan.atomsOf(g));
            group.put("occupancy", ReportJson.rounded(occupancy[g]));
            group.put("refinable", plan.isRefinable(g));
            groups.add(group);
        }
        root.put("groups", groups);
        List<Map<String, Object>> sets = new ArrayList<>();
        for (ConformerSet set : plan.conformerSets()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("groups", set.groups());
            entry.put("kind", set.kind().label());
            sets.add(entry);
        }
        root.put("conformerSets", sets);
        root.put("warnings", plan.warnings());
        return root;
    }

    private void printTable(GroupingPlan plan, double[] occupancy) {
        var out = context.out();
        out.printf("%d atoms in %d groups (%s); %d conformer sets%n", plan.atomCount(), plan.groupCount(),
                String.join(",", plan.strategies()), plan.conformerSets().size());
        out.printf("%6s  %-36s %6s %9s %9s %s%n", "ID", "LABEL", "ATOMS", "OCC", "REFINE", "SET");
        for (int g = 0; g < plan.groupCount(); g++) {
            int set = plan.setOf(g);
            String setText = set < 0 ? "" : set + " (" + plan.conformerSets().get(set).kind().label() + ")";
            out.printf("%6d  %-36s %6d %9.3f %9s %s%n", g, plan.label(g), plan.atomCountOf(g), occupancy[g],
                    plan.isRefinable(g) ? "yes" : "no", setText);
        }
        for (String warning : plan.warnings()) {
            out.println("warning: " + warning);
        }
    }
}
