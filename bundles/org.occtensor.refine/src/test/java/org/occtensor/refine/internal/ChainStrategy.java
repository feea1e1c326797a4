package org.occtensor.refine.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlanBuilder;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.core.spi.GroupingStrategy;

/** Test strategy: one refinable group per chain for the atoms no earlier strategy grouped. */
public final class ChainStrategy implements GroupingStrategy {

    @Override
    public String name() {
        return "chain";
    }

    @Override
    public String description() {
        return "one group per chain";
    }

    @Override
    public void apply(AtomTable atoms, GroupingOptions options, GroupingPlanBuilder plan) {
        Map<String, List<Integer>> byChain = new LinkedHashMap<>();
        for (int a = 0; a < atoms.size(); a++) {
            if (!plan.isAssigned(a)) {
                byChain.computeIfAbsent(atoms.chainId(a), k -> new ArrayList<>()).add(a);
            }
        }
        for (Map.Entry<String, List<Integer>> chain : byChain.entrySet()) {
            int group = plan.addGroup("chain " + chain.getKey(),
                    chain.getValue().stream().mapToInt(Integer::intValue).toArray());
            plan.setRefinable(group, true);
        }
        plan.strategyApplied(name());
    }
}
