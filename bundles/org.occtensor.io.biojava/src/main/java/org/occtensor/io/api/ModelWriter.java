package org.occtensor.io.api;

import java.io.IOException;
import java.nio.file.Path;

import org.occtensor.io.internal.DefaultModelWriter;

/**
 * Writes a model back in its own format with new occupancies and every other byte unchanged.
 *
 * <p>PDB: only columns 55-60 of the chosen model's ATOM/HETATM records change, written as
 * {@code %6.2f}. mmCIF: only the {@code _atom_site.occupancy} values of the chosen model's rows
 * change, written with four decimals; a file without that column gets it appended to the
 * {@code _atom_site} loop, with 1 for the rows of other models. An occupancy that rounds to the
 * same text as the value in the file keeps the file's text, so unchanged occupancies give
 * identical bytes.
 *
 * <p>The output is always plain text, also when the input was gzip-compressed. It is written to a
 * temporary file in the output folder and moved into place only when complete, so a failure
 * leaves no partial file.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class ModelWriter {

    private final DefaultModelWriter delegate = new DefaultModelWriter();

    /**
     * Writes {@code original} with {@code occupancies} to {@code out}.
     *
     * @param original    the model as read; not modified
     * @param occupancies one value in [0, 1] per row of {@code original.atoms()}; not modified
     * @param out         the output file; its folder must exist
     * @param overwrite   whether an existing {@code out} may be replaced
     * @throws java.nio.file.FileAlreadyExistsException when {@code out} exists and
     *                                                  {@code overwrite} is false
     * @throws IllegalArgumentException                 when the number of occupancies differs
     *                                                  from the number of rows, or a value is
     *                                                  outside [0, 1] or NaN
     * @throws IOException                              when writing or moving the file fails
     */
    public void write(ModelFile original, double[] occupancies, Path out, boolean overwrite) throws IOException {
        delegate.write(original, occupancies, out, overwrite);
    }
}
