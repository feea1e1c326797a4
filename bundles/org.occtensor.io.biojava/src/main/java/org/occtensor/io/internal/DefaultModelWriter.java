package org.occtensor.io.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.occtensor.core.api.AtomTable;
import org.occtensor.io.api.ModelFile;
import org.occtensor.io.api.ModelFormat;
import org.occtensor.io.api.ModelReadException;
import org.occtensor.io.api.ReadOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a {@link ModelFile} back with new occupancies. The file's text is scanned again to find
 * where each occupancy is written; every other byte is copied.
 */
public final class DefaultModelWriter {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultModelWriter.class);

    public void write(ModelFile original, double[] occupancies, Path out, boolean overwrite) throws IOException {
        AtomTable atoms = original.atoms();
        validateOccupancies(atoms, occupancies);
        if (original.gzipped() && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            LOG.warn("Writing {} as plain text although its name ends in .gz; the model writer does not compress", out);
        }

        String text = new String(original.content(), StandardCharsets.ISO_8859_1);
        String rewritten;
        int changed;
        if (original.format() == ModelFormat.PDB) {
            List<AtomRecord> records = rescanPdb(original, text);
            checkRecordsMatch(original, records);
            TextEdits edits = OccupancyRewriter.pdb(records, occupancies);
            rewritten = edits.applyTo(text);
            changed = edits.size();
        } else {
            CifModelScan scan = rescanCif(original, text);
            checkRecordsMatch(original, scan.scan().atoms());
            TextEdits edits = OccupancyRewriter.cif(text, scan, occupancies);
            rewritten = edits.applyTo(text);
            changed = edits.size();
        }

        AtomicFiles.write(out, rewritten.getBytes(StandardCharsets.ISO_8859_1), overwrite);
        LOG.info("Wrote {} ({}, {} atoms, {} occupancy fields changed)", out, original.format(), atoms.size(), changed);
    }

    private static void validateOccupancies(AtomTable atoms, double[] occupancies) {
        if (occupancies.length != atoms.size()) {
            throw new IllegalArgumentException("expected " + atoms.size() + " occupancies for " + atoms.source()
                    + ", got " + occupancies.length);
        }
        for (int i = 0; i < occupancies.length; i++) {
            if (!(occupancies[i] >= 0.0 && occupancies[i] <= 1.0)) {
                throw new IllegalArgumentException("occupancy of row " + i + " (" + PrintableText.escape(atoms.label(i))
                        + ", line " + atoms.sourceLine(i) + ") is " + occupancies[i] + ", outside [0, 1]");
            }
        }
    }

    /** Scans again with clamping on, so that a file read with clamping scans without errors. */
    private static ReadOptions rescanOptions(ModelFile original) {
        return new ReadOptions(original.model(), true);
    }

    private static List<AtomRecord> rescanPdb(ModelFile original, String text) {
        try {
            return new PdbScanner(original.path(), text, rescanOptions(original), Warnings.unlogged(original.path()))
                    .scan().atoms();
        } catch (ModelReadException e) {
            throw new IllegalArgumentException("the content of the model file is not a readable model: " + e.getMessage(), e);
        }
    }

    private static CifModelScan rescanCif(ModelFile original, String text) {
        try {
            return new CifScanner(original.path(), text, rescanOptions(original), Warnings.unlogged(original.path())).scan();
        } catch (ModelReadException e) {
            throw new IllegalArgumentException("the content of the model file is not a readable model: " + e.getMessage(), e);
        }
    }

    private static void checkRecordsMatch(ModelFile original, List<AtomRecord> records) {
        AtomTable atoms = original.atoms();
        if (records.size() != atoms.size()) {
            throw new IllegalArgumentException("the content of " + original.path() + " has " + records.size()
                    + " atom records in model " + original.model() + ", but its atom table has " + atoms.size() + " rows");
        }
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).line() != atoms.sourceLine(i)) {
                throw new IllegalArgumentException("row " + i + " of the atom table of " + original.path()
                        + " comes from line " + atoms.sourceLine(i) + ", but the content has that record on line "
                        + records.get(i).line());
            }
        }
    }
}
