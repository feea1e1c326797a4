/**
 * Phenix-style atom selections for other bundles, such as the refinement job's choice of groups.
 * The parser itself stays private to this bundle.
 */
@Export
@Version("1.0.0")
package org.occtensor.grouping.custom.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
