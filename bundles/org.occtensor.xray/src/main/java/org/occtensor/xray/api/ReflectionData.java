package org.occtensor.xray.api;

import org.occtensor.core.api.UnitCell;

/**
 * Measured amplitudes ready for scoring: one row per kept reflection, in the order read.
 *
 * @param source     file the data came from
 * @param cell       the data's unit cell; its space group is the data's space group symbol
 * @param hkl        Miller indices, 3 per reflection, row-major
 * @param fobs       amplitudes (after French-Wilson when only intensities were given)
 * @param sigma      sigmas of the amplitudes
 * @param free       true for reflections in the R-free test set
 * @param report     which columns and conventions were used, and what was excluded
 */
public record ReflectionData(String source, UnitCell cell, int[] hkl, double[] fobs, double[] sigma,
                             boolean[] free, ReflectionReport report) {

    public int size() {
        return fobs.length;
    }
}
