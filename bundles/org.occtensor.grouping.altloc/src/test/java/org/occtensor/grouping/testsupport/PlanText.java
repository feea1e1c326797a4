package org.occtensor.grouping.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.ConformerSet;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.api.GroupingPlanBuilder;
import org.occtensor.core.spi.GroupingException;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.core.spi.GroupingStrategy;

/**
 * Runs strategies in order and writes what they built as text, so that tests can compare whole
 * plans. It reads the builder rather than the built plan, because the labels that
 * {@link GroupingPlanBuilder#build()} gives unclaimed atoms belong to the core, not to a strategy.
 */
public final class PlanText {

    private PlanText() {
    }

    /**
     * Applies {@code strategies} in order to a fresh plan for {@code atoms}, checks that the result
     * builds into a valid plan, and returns the builder.
     */
    public static GroupingPlanBuilder apply(AtomTable atoms, GroupingOptions options, GroupingStrategy... strategies)
            throws GroupingException {
        GroupingPlanBuilder builder = GroupingPlan.builder(atoms);
        for (GroupingStrategy strategy : strategies) {
            strategy.apply(atoms, options, builder);
        }
        builder.build();
        return builder;
    }

    /**
     * Returns {@code label [serials] refinable|fixed} for each group in id order, then
     * {@code ungrouped [serials]} when some atoms are in no group.
     */
    public static List<String> groups(GroupingPlanBuilder plan, AtomTable atoms) {
        List<String> lines = new ArrayList<>();
        for (int g = 0; g < plan.groupCount(); g++) {
            lines.add(plan.label(g) + " " + serials(plan, atoms, g) + " "
                    + (plan.isRefinable(g) ? "refinable" : "fixed"));
        }
        String ungrouped = serials(plan, atoms, -1);
        if (!ungrouped.equals("[]")) {
            lines.add("ungrouped " + ungrouped);
        }
        return lines;
    }

    /** Returns {@code complete: label, label} for each conformer set, in order. */
    public static List<String> sets(GroupingPlanBuilder plan) {
        List<String> lines = new ArrayList<>();
        for (ConformerSet set : plan.conformerSets()) {
            List<String> labels = new ArrayList<>();
            for (int g : set.groups()) {
                labels.add(plan.label(g));
            }
            lines.add(set.kind().label() + ": " + String.join(", ", labels));
        }
        return lines;
    }

    private static String serials(GroupingPlanBuilder plan, AtomTable atoms, int group) {
        List<String> serials = new ArrayList<>();
        for (int a = 0; a < atoms.size(); a++) {
            if (plan.groupOf(a) == group) {
                serials.add(Integer.toString(atoms.serial(a)));
            }
        }
        return "[" + String.join(", ", serials) + "]";
    }
}
