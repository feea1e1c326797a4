package org.occtensor.core.spi;

/**
 * Factory of refinement targets. A {@link GroupTarget} belongs to one data set and grouping plan,
 * so the plug-in is the factory: it is registered once and creates a target whenever a
 * refinement needs one.
 *
 * <p>In OSGi an implementation is a service with the {@code name} property; outside OSGi it is
 * listed in {@code META-INF/services/org.occtensor.core.spi.TargetProvider}.
 */
public interface TargetProvider {

    /** Service property that carries the target name. */
    String NAME_PROPERTY = "name";

    /** Short name users type after {@code --target} ("ml", "ls"). */
    String name();

    /** One-line description for listings. */
    String description();

    /**
     * Creates the target for {@code context}.
     *
     * @throws IllegalArgumentException when the context lacks an extension the target needs
     */
    GroupTarget create(TargetContext context);
}
