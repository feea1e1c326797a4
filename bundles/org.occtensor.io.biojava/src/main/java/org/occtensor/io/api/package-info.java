/**
 * Reading PDB and mmCIF models into an {@link org.occtensor.core.api.AtomTable} and writing them
 * back with new occupancies, every other byte unchanged.
 */
@Export
@Version("1.0.0")
package org.occtensor.io.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
