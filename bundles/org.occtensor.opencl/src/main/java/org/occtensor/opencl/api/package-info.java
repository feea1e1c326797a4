/** OpenCL device listing and backend selection ({@code auto|cpu|opencl|opencl:N|opencl:NAME}). */
@Export
@Version("1.0.0")
package org.occtensor.opencl.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
