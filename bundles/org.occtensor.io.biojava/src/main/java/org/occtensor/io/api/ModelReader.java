package org.occtensor.io.api;

import java.io.IOException;
import java.nio.file.Path;

import org.occtensor.io.internal.DefaultModelReader;

/**
 * Reads PDB and mmCIF files, plain or gzip-compressed, into a {@link ModelFile}.
 *
 * <p>The format is detected from the content, never from the file name. Parsing goes through
 * BioJava with a chemical component provider that reads only the definitions bundled in the
 * BioJava jar, so reading never reaches the network. Every ATOM/HETATM record (or
 * {@code _atom_site} row) of the chosen model becomes exactly one row, in file order, including
 * the atoms that BioJava copies into several alternate-location groups.
 *
 * <p>Instances hold no state of their own. BioJava's chemical component provider and cache are
 * process-wide, and concurrent reads have not been tested.
 */
public final class ModelReader {

    private final DefaultModelReader delegate = new DefaultModelReader();

    /** Reads the first model of {@code file} and rejects occupancies outside [0, 1]. */
    public ModelFile read(Path file) throws ModelReadException, IOException {
        return read(file, ReadOptions.defaults());
    }

    /**
     * Reads one model of {@code file}.
     *
     * @throws ModelReadException when the file is not a valid model. Examples are a truncated
     *                            file, a non-numeric coordinate, an occupancy that is NaN or
     *                            outside [0, 1] (unless clamped), no atoms, or a model number that
     *                            is not in the file. Two atoms with the same chain, residue
     *                            number, insertion code, name and altloc are also rejected.
     * @throws IOException        when the file cannot be read
     */
    public ModelFile read(Path file, ReadOptions options) throws ModelReadException, IOException {
        return delegate.read(file, options);
    }

    /** Detects the format of {@code file} from its content (after gzip decompression). */
    public static ModelFormat detectFormat(Path file) throws ModelReadException, IOException {
        return DefaultModelReader.detectFormat(file);
    }
}
