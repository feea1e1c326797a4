/**
 * Unconstrained minimisers over double-precision parameter vectors, such as the refinable
 * occupancy logits: L-BFGS with a strong Wolfe line search, and Adam.
 */
@Export
@Version("1.0.0")
package org.occtensor.core.api.optim;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
