package org.occtensor.xray.api;

/**
 * Agreement of model and data in one resolution bin.
 *
 * @param dMax         low-resolution limit in angstrom
 * @param dMin         high-resolution limit in angstrom
 * @param nWork        work-set reflections
 * @param nFree        test-set reflections
 * @param completeness measured reflections over the unique reflections the shell can hold, in [0, 1]
 * @param rWork        R on the work set
 * @param rFree        R on the test set (NaN without test reflections)
 * @param ccWork       correlation of F_obs and |F_model| on the work set
 * @param ccFree       correlation of F_obs and |F_model| on the test set (NaN with fewer than 2)
 * @param kMask        mean bulk-solvent scale in the bin
 */
public record BinStatistics(double dMax, double dMin, int nWork, int nFree, double completeness, double rWork,
                            double rFree, double ccWork, double ccFree, double kMask) {
}
