package org.occtensor.io.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.occtensor.io.api.ModelFormat;
import org.occtensor.io.api.ModelReadException;

/**
 * Detects PDB or mmCIF from the first line that is neither blank nor a CIF comment.
 *
 * <p>An mmCIF file starts with a {@code data_} block header; a PDB file starts with one of the
 * record names below. The file name plays no part. Content with a NUL byte near its start is
 * rejected as binary before any line is read.
 */
final class FormatDetector {

    /**
     * Record names that may open a PDB file: those of wwPDB format 3.3 up to the coordinate
     * section, plus USER, which MolProbity's reduce writes first.
     */
    private static final Set<String> PDB_RECORDS = Set.of(
            "HEADER", "OBSLTE", "TITLE", "SPLIT", "CAVEAT", "COMPND", "SOURCE", "KEYWDS", "EXPDTA",
            "NUMMDL", "MDLTYP", "AUTHOR", "REVDAT", "SPRSDE", "JRNL", "REMARK", "DBREF", "DBREF1",
            "DBREF2", "SEQADV", "SEQRES", "MODRES", "HET", "HETNAM", "HETSYN", "FORMUL", "HELIX",
            "SHEET", "SSBOND", "LINK", "CISPEP", "SITE", "CRYST1", "ORIGX1", "SCALE1", "MTRIX1",
            "MODEL", "ATOM", "HETATM", "ANISOU", "TER", "USER");

    /**
     * Bytes searched for a NUL. Neither PDB nor mmCIF text contains NUL, while binary formats such
     * as MTZ, CCP4 maps, zip and HDF5 have one within their first header fields.
     */
    private static final int BINARY_PROBE_BYTES = 8000;
    /** First four bytes of an MTZ reflection file. */
    private static final String MTZ_MAGIC = "MTZ ";

    private FormatDetector() {
    }

    static ModelFormat detect(Path path, String text) throws ModelReadException {
        rejectBinary(path, text);
        LineCursor lines = new LineCursor(text);
        while (lines.next()) {
            String line = lines.line();
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("data_")) {
                return ModelFormat.MMCIF;
            }
            String recordName = line.substring(0, Math.min(6, line.length())).strip().toUpperCase(Locale.ROOT);
            if (PDB_RECORDS.contains(recordName)) {
                return ModelFormat.PDB;
            }
            throw new ModelReadException(path, lines.lineNumber(), abbreviate(line),
                    "not a PDB or mmCIF file: the first line is neither a PDB record nor a data_ block header");
        }
        throw new ModelReadException(path, 0, null, "the file is empty");
    }

    /** Rejects content with a NUL byte in its first {@link #BINARY_PROBE_BYTES} bytes. */
    private static void rejectBinary(Path path, String text) throws ModelReadException {
        int probe = Math.min(text.length(), BINARY_PROBE_BYTES);
        int nul = text.substring(0, probe).indexOf('\0');
        if (nul < 0) {
            return;
        }
        String detail = "not a PDB or mmCIF model: the file has binary content (a NUL byte at byte offset " + nul + ")";
        if (text.startsWith(MTZ_MAGIC)) {
            detail += ". It starts with 'MTZ ', the mark of an MTZ reflection file, so give it as the reflection data"
                    + " and a PDB or mmCIF file as the model";
        }
        throw new ModelReadException(path, 0, null, detail);
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
