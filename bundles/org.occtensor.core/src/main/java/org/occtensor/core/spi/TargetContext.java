package org.occtensor.core.spi;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlan;

/**
 * Inputs of {@link TargetProvider#create}: the atoms, the grouping plan, the refinable groups, and
 * typed extensions such as the X-ray model. Extensions keep core free of every kind of data a
 * target may use.
 */
public final class TargetContext {

    private final AtomTable atoms;
    private final GroupingPlan plan;
    private final boolean[] refinable;
    private final Map<Class<?>, Object> extensions;

    private TargetContext(AtomTable atoms, GroupingPlan plan, boolean[] refinable, Map<Class<?>, Object> extensions) {
        this.atoms = atoms;
        this.plan = plan;
        this.refinable = refinable;
        this.extensions = extensions;
    }

    /**
     * @param atoms      the model's atoms
     * @param plan       the grouping plan of those atoms
     * @param refinable  per group, whether it refines (copied)
     * @param extensions objects a target may need, each keyed by a type it is an instance of (copied)
     * @throws IllegalArgumentException when the mask length is not the group count or an extension
     *                                  is not an instance of its key
     */
    public static TargetContext of(AtomTable atoms, GroupingPlan plan, boolean[] refinable,
                                   Map<Class<?>, Object> extensions) {
        Objects.requireNonNull(atoms, "atoms");
        Objects.requireNonNull(plan, "plan");
        if (refinable.length != plan.groupCount()) {
            throw new IllegalArgumentException("the refinable mask has " + refinable.length
                    + " entries but the plan has " + plan.groupCount() + " groups");
        }
        for (Map.Entry<Class<?>, Object> e : extensions.entrySet()) {
            if (!e.getKey().isInstance(e.getValue())) {
                throw new IllegalArgumentException("invalid extension " + e.getValue() + ": expected an instance of "
                        + e.getKey().getName());
            }
        }
        return new TargetContext(atoms, plan, refinable.clone(), Map.copyOf(extensions));
    }

    public AtomTable atoms() {
        return atoms;
    }

    public GroupingPlan plan() {
        return plan;
    }

    /** Per group, whether it refines (a copy). */
    public boolean[] refinable() {
        return refinable.clone();
    }

    /** Returns the extension registered under {@code type}, if the caller supplied one. */
    public <T> Optional<T> extension(Class<T> type) {
        return Optional.ofNullable(extensions.get(type)).map(type::cast);
    }
}
