package org.occtensor.core.spi;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlanBuilder;

/**
 * A named way of grouping atoms. Strategies run in the order the user lists them; each one only
 * groups atoms that earlier strategies left unassigned ({@link GroupingPlanBuilder#isAssigned(int)}).
 *
 * <p>In OSGi an implementation is a service with the {@code name} property equal to {@link #name()};
 * outside OSGi it is listed in {@code META-INF/services/org.occtensor.core.spi.GroupingStrategy}.
 */
public interface GroupingStrategy {

    /** Service property that carries the strategy name. */
    String NAME_PROPERTY = "name";

    /** Short name users type after {@code --groups} ("altloc"). */
    String name();

    /** One line for {@code occtensor strategies}. */
    String description();

    /**
     * Adds groups, conformer sets and refinable flags for {@code atoms} to {@code plan}.
     *
     * @param atoms   the model (not modified)
     * @param options user options; strategies read the keys they document and ignore the rest
     * @param plan    the plan so far (modified)
     * @throws GroupingException when the input cannot be grouped (bad custom file, empty selection)
     */
    void apply(AtomTable atoms, GroupingOptions options, GroupingPlanBuilder plan) throws GroupingException;
}
