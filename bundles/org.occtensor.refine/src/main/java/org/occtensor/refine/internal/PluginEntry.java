package org.occtensor.refine.internal;

/**
 * One registered plug-in with where it comes from.
 *
 * @param name     the {@code name} service property
 * @param service  the plug-in object
 * @param bundle   Bundle-SymbolicName of the providing bundle or jar
 * @param version  Bundle-Version of the providing bundle or jar
 * @param bundleId OSGi bundle id, or -1 outside a framework
 * @param ranking  {@code service.ranking}; higher wins among plug-ins of the same name
 */
public record PluginEntry<T>(String name, T service, String bundle, String version, long bundleId, int ranking) {
}
