package org.occtensor.io.api;

/**
 * Options of {@link ModelReader#read(java.nio.file.Path, ReadOptions)}.
 *
 * @param model          model number as written in the file (PDB {@code MODEL} serial,
 *                       {@code _atom_site.pdbx_PDB_model_num}), or {@link #FIRST_MODEL} for the
 *                       first model in the file
 * @param clampOccupancy when true, an occupancy outside [0, 1] is clamped to the nearest bound
 *                       with a warning; when false it is an error. NaN is an error either way,
 *                       because it has no nearest bound.
 */
public record ReadOptions(int model, boolean clampOccupancy) {

    /** Value of {@link #model()} that selects the first model in the file. */
    public static final int FIRST_MODEL = 0;

    public ReadOptions {
        if (model < 0) {
            throw new IllegalArgumentException("model number must be positive, or FIRST_MODEL (0), got " + model);
        }
    }

    /** Returns options that read the first model and reject occupancies outside [0, 1]. */
    public static ReadOptions defaults() {
        return new ReadOptions(FIRST_MODEL, false);
    }

    public ReadOptions withModel(int value) {
        return new ReadOptions(value, clampOccupancy);
    }

    public ReadOptions withClampOccupancy(boolean value) {
        return new ReadOptions(model, value);
    }
}
