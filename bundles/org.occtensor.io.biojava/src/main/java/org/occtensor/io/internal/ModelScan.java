package org.occtensor.io.internal;

import java.util.List;

import org.occtensor.core.api.UnitCell;

/**
 * Scanner result: the chosen model's atom records and the unit cell of a model file.
 *
 * @param model        model number of {@code atoms}, as written in the file
 * @param modelOrdinal 0-based position of that model among the models BioJava will build
 * @param atoms        the model's atom records in file order
 * @param cell         unit cell and space group, or null when the file has none
 */
record ModelScan(int model, int modelOrdinal, List<AtomRecord> atoms, UnitCell cell) {
}
