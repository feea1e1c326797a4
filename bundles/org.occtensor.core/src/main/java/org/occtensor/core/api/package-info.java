/** Model, grouping plan and occupancy tensor: what applications call. */
@Export
@Version("1.1.0")
package org.occtensor.core.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
