/** Reverse-mode differentiation over arrays: tapes and variables. */
@Export
@Version("1.0.0")
package org.occtensor.core.api.autodiff;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
