package org.occtensor.tests.felix.probe;

import java.util.ArrayList;
import java.util.List;

import org.occtensor.core.api.ConformerSet;
import org.occtensor.core.api.GroupingPlan;

/**
 * A grouping plan as lines of text, so that plans made in different class loaders (inside the
 * framework and on the class path) compare with {@code equals}.
 */
public final class PlanText {

    private PlanText() {
    }

    /**
     * Returns one line per group ({@code id, label, refinable flag, atom indices}), one per
     * conformer set, then the strategies that ran.
     */
    public static List<String> lines(GroupingPlan plan) {
        List<String> lines = new ArrayList<>();
        lines.add("atoms " + plan.atomCount() + " groups " + plan.groupCount());
        for (int g = 0; g < plan.groupCount(); g++) {
            lines.add("group " + g + " '" + plan.label(g) + "' refinable=" + plan.isRefinable(g) + " atoms="
                    + join(plan.atomsOf(g)));
        }
        for (ConformerSet set : plan.conformerSets()) {
            lines.add("set " + set.kind().label() + " groups=" + join(set.groups()));
        }
        lines.add("strategies " + String.join(",", plan.strategies()));
        return lines;
    }

    private static String join(int[] values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(values[i]);
        }
        return text.toString();
    }
}
