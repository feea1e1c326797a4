/** Reflection data, structure factors, scaling and X-ray targets: what the refinement engine calls. */
@Export
@Version("1.1.0")
package org.occtensor.xray.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
