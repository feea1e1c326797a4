/** Interfaces that plug-ins implement: grouping strategies, targets, operations, compute backends. */
@Export
@Version("1.0.0")
package org.occtensor.core.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
