package org.occtensor.xray.model;

import java.util.function.Supplier;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.Reflections;
import org.occtensor.xray.api.XrayOptions;
import org.occtensor.xray.structure.ScatteringModel;

/**
 * Inputs the X-ray targets share with the model they were made from: the atoms, the prepared
 * reflections, the backend, and the current solvent-and-scale state (read at each evaluation).
 */
public record ModelContext(AtomTable atoms, ScatteringModel scattering, ReflectionSet reflections,
                           Reflections kernelReflections, ComputeBackend backend, XrayOptions options,
                           Supplier<ModelState> state) {
}
