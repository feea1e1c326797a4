package org.occtensor.xray.api;

/**
 * How reflection data was read: columns chosen, conventions detected, rows excluded.
 *
 * @param amplitudeLabel     column of amplitudes used ("FP", "F-obs-filtered", "F_meas_au"), or the
 *                           intensity column when French-Wilson made the amplitudes
 * @param sigmaLabel         column of sigmas used
 * @param freeLabel          column of R-free flags, or null when a test set was generated
 * @param freeConvention     human-readable convention, e.g. "test set = 0 (CCP4)" or
 *                           "test set = 1 (PHENIX)" or "generated 5% test set, seed 20261204"
 * @param frenchWilson       true when amplitudes were derived from intensities by French-Wilson
 * @param anomalousMerged    true when F(+)/F(-) pairs were merged
 * @param rowsRead           reflection rows in the file
 * @param excludedMissing    rows without an amplitude (missing-number flag or '?')
 * @param excludedNonPositive rows whose amplitude was zero or negative
 */
public record ReflectionReport(String amplitudeLabel, String sigmaLabel, String freeLabel, String freeConvention,
                               boolean frenchWilson, boolean anomalousMerged, int rowsRead, int excludedMissing,
                               int excludedNonPositive) {
}
