package org.occtensor.tests.felix.chain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlanBuilder;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.core.spi.GroupingStrategy;
import org.osgi.service.component.annotations.Component;

/** A plug-in strategy built into a bundle by the test: one refinable group per chain. */
@Component(service = GroupingStrategy.class, property = GroupingStrategy.NAME_PROPERTY + "=chain")
public final class ChainStrategy implements GroupingStrategy {

    @Override
    public String name() {
        return "chain";
    }

    @Override
    public String description() {
        return "one group per chain for atoms no earlier strategy grouped";
    }

    @Override
    public void apply(AtomTable atoms, GroupingOptions options, GroupingPlanBuilder plan) {
        Map<String, List<Integer>> byChain = new LinkedHashMap<>();
        for (int a = 0; a < atoms.size(); a++) {
            if (!plan.isAssigned(a)) {
                byChain.computeIfAbsent(atoms.chainId(a), chain -> new ArrayList<>()).add(a);
            }
        }
        for (Map.Entry<String, List<Integer>> chain : byChain.entrySet()) {
            int[] members = chain.getValue().stream().mapToInt(Integer::intValue).toArray();
            int group = plan.addGroup("chain " + chain.getKey(), members);
            plan.setRefinable(group, true);
        }
        plan.strategyApplied(name());
    }
}
