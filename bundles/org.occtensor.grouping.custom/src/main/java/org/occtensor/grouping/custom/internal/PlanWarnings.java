package org.occtensor.grouping.custom.internal;

import org.occtensor.core.api.GroupingPlanBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends each warning both to the plan, for the report, and to the log, with the model's source. */
final class PlanWarnings {

    private static final Logger LOG = LoggerFactory.getLogger(CustomStrategy.class);

    private final GroupingPlanBuilder plan;
    private final String source;

    PlanWarnings(GroupingPlanBuilder plan, String source) {
        this.plan = plan;
        this.source = source;
    }

    void warn(String message) {
        plan.warn(message);
        LOG.warn("{}: {}", source, message);
    }
}
