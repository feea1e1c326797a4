package org.occtensor.refine.api;

import java.util.List;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.spi.GroupingException;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.refine.internal.DefaultGroupingEngine;

/**
 * Builds a grouping plan by running named strategies in order: each one only groups atoms that
 * the earlier ones left alone, and atoms no strategy claims become fixed groups of their own.
 */
public interface GroupingEngine {

    /**
     * Runs {@code strategies} in the given order over {@code atoms}.
     *
     * @param atoms      the model (not modified)
     * @param strategies strategy names in the order they run, at least one
     * @param options    options passed to every strategy
     * @return the validated plan
     * @throws UnknownPluginException   when a name has no registered strategy; nothing has run then
     * @throws StrategyFailedException  when a strategy throws; the message names strategy and bundle
     * @throws GroupingException        when the strategies together produce an invalid plan
     */
    GroupingPlan plan(AtomTable atoms, List<String> strategies, GroupingOptions options) throws GroupingException;

    /** Creates an engine that looks strategies up in {@code registry} on every call. */
    static GroupingEngine of(PluginRegistry registry) {
        return new DefaultGroupingEngine(registry);
    }
}
