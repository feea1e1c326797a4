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
 * record names below. The file name plays no part.
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

    private FormatDetector() {
    }

    static ModelFormat detect(Path path, String text) throws ModelReadException {
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

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
