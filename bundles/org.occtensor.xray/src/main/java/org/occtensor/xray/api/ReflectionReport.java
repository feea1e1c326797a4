package org.occtensor.xray.api;

/**
 * How reflection data was read: columns chosen, conventions detected, rows excluded.
 *
 * <p>Every row of the file is either kept or counted in exactly one of the exclusion counts, so
 * {@code rowsRead == kept + excludedMissing + excludedNonPositive + excludedInvalidSigma + excludedMissingFlag}.
 *
 * @param amplitudeLabel       column of amplitudes used ("FP", "F-obs-filtered", "F_meas_au"), the
 *                             intensity column when French-Wilson made the amplitudes, or both labels
 *                             of an anomalous pair joined by a comma ("F(+),F(-)")
 * @param sigmaLabel           column of sigmas used (both labels, comma-joined, for an anomalous pair)
 * @param freeLabel            column of R-free flags, or null when a test set was generated
 * @param freeConvention       human-readable convention, e.g. "test set = 0 (CCP4)" or
 *                             "test set = 1 (PHENIX)" or "generated 5% test set, seed 20261204"
 * @param frenchWilson         true when amplitudes were derived from intensities by French-Wilson
 * @param anomalousMerged      true when F(+)/F(-) pairs were merged
 * @param rowsRead             reflection rows in the file
 * @param excludedMissing      rows without an amplitude (missing-number flag or '?')
 * @param excludedNonPositive  rows whose amplitude was zero or negative
 * @param excludedInvalidSigma rows with a value but no sigma, or with an intensity whose sigma is zero or
 *                             negative (French-Wilson needs a positive sigma)
 * @param excludedMissingFlag  rows with a value and sigma but no usable R-free flag: the flag is missing, or
 *                             the mmCIF status is '-', 'x', 'h' or 'l' (unmeasured or left out of refinement)
 * @param origin               where in the file the data came from, e.g. "MTZ dataset 2
 *                             'Experimental-data-used-in-refinement'" or "mmCIF block r1bdwsf (1 of 3)"
 */
public record ReflectionReport(String amplitudeLabel, String sigmaLabel, String freeLabel, String freeConvention,
                               boolean frenchWilson, boolean anomalousMerged, int rowsRead, int excludedMissing,
                               int excludedNonPositive, int excludedInvalidSigma, int excludedMissingFlag,
                               String origin) {

    /** Creates a report with no sigma or flag exclusions and an empty origin. */
    public ReflectionReport(String amplitudeLabel, String sigmaLabel, String freeLabel, String freeConvention,
                            boolean frenchWilson, boolean anomalousMerged, int rowsRead, int excludedMissing,
                            int excludedNonPositive) {
        this(amplitudeLabel, sigmaLabel, freeLabel, freeConvention, frenchWilson, anomalousMerged, rowsRead,
                excludedMissing, excludedNonPositive, 0, 0, "");
    }

    /** Returns the number of rows excluded for any reason. */
    public int excludedTotal() {
        return excludedMissing + excludedNonPositive + excludedInvalidSigma + excludedMissingFlag;
    }
}
