/**
 * Plug-in discovery and grouping: the registry of grouping strategies, targets and compute
 * backends, and the engine that composes strategies into a grouping plan. The same API serves
 * OSGi (services tracked dynamically) and plain Java ({@code ServiceLoader} or Guice).
 */
@Export
@Version("1.1.0")
package org.occtensor.refine.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
