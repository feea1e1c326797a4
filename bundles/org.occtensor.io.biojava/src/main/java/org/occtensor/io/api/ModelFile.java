package org.occtensor.io.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.occtensor.core.api.AtomTable;

/**
 * A model read by {@link ModelReader}: the atom table of one model plus the file's text, which
 * {@link ModelWriter} needs to write the file back with only occupancies changed.
 *
 * <p>Row {@code i} of {@link #atoms()} is the {@code i}-th ATOM/HETATM record (or
 * {@code _atom_site} row) of model {@link #model()} in file order.
 */
public final class ModelFile {

    private final Path path;
    private final ModelFormat format;
    private final boolean gzipped;
    private final int model;
    private final AtomTable atoms;
    private final List<String> warnings;
    private final byte[] content;

    /**
     * @param path     the file that was read
     * @param format   its format, detected from the content
     * @param gzipped  whether the file was gzip-compressed
     * @param model    model number of the rows in {@code atoms}, as written in the file
     * @param atoms    one row per atom record of that model, in file order
     * @param warnings problems that were tolerated while reading, one message each
     * @param content  the file's bytes after decompression; copied
     */
    public ModelFile(Path path, ModelFormat format, boolean gzipped, int model, AtomTable atoms,
                     List<String> warnings, byte[] content) {
        this.path = Objects.requireNonNull(path, "path");
        this.format = Objects.requireNonNull(format, "format");
        this.gzipped = gzipped;
        this.model = model;
        this.atoms = Objects.requireNonNull(atoms, "atoms");
        this.warnings = List.copyOf(warnings);
        this.content = content.clone();
    }

    public Path path() {
        return path;
    }

    public ModelFormat format() {
        return format;
    }

    public boolean gzipped() {
        return gzipped;
    }

    /** Returns the model number of the rows, as written in the file (1 when the file has no models). */
    public int model() {
        return model;
    }

    public AtomTable atoms() {
        return atoms;
    }

    /**
     * Returns the tolerated problems, one message each: for example missing occupancies, clamped
     * values, an mmCIF file without group_PDB, or a PDB file without END that may be truncated.
     */
    public List<String> warnings() {
        return warnings;
    }

    /** Returns a copy of the file's bytes after gzip decompression. */
    public byte[] content() {
        return content.clone();
    }
}
