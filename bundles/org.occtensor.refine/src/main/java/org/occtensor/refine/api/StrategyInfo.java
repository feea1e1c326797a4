package org.occtensor.refine.api;

import java.util.Objects;

/**
 * A registered grouping strategy, for listings and error messages.
 *
 * @param name        the strategy name users type after {@code --groups} ("altloc")
 * @param bundle      Bundle-SymbolicName of the bundle (or, outside OSGi, of the jar) that provides it
 * @param version     Bundle-Version of that bundle, {@code "unknown"} when the jar has no manifest
 * @param description the strategy's one-line description
 * @param bundleId    the OSGi bundle id, or {@link #NOT_IN_OSGI} outside a framework
 */
public record StrategyInfo(String name, String bundle, String version, String description, long bundleId) {

    /** Bundle id of a strategy loaded from the class path rather than from a framework. */
    public static final long NOT_IN_OSGI = -1;

    public StrategyInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
    }

    /** Returns where the strategy comes from, such as {@code org.example.chains 1.0.0 [42]}. */
    public String origin() {
        String where = bundleId == NOT_IN_OSGI ? "class path" : String.valueOf(bundleId);
        return bundle + " " + version + " [" + where + "]";
    }
}
