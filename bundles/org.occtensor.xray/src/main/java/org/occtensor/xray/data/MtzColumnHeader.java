package org.occtensor.xray.data;

/**
 * One COLUMN record of an MTZ header, with its COLSRC source when present.
 *
 * @param label     column label
 * @param type      CCP4 column type: H index, F amplitude, J intensity, Q sigma, I integer, P phase, ...
 * @param min       minimum from the header (NaN when the record had none)
 * @param max       maximum from the header (NaN when the record had none)
 * @param datasetId id of the dataset the column belongs to
 * @param source    COLSRC text, empty when absent
 */
public record MtzColumnHeader(String label, char type, double min, double max, int datasetId, String source) {

    MtzColumnHeader withSource(String newSource) {
        return new MtzColumnHeader(label, type, min, max, datasetId, newSource);
    }
}
