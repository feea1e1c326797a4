package org.occtensor.grouping.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.occtensor.core.api.Atom;
import org.occtensor.core.api.AtomTable;

/**
 * Reads the ATOM and HETATM records of PDB text into an {@link AtomTable}, by the fixed columns of
 * the PDB format 3.3. MODEL records set the model number; every other record is skipped.
 *
 * <p>This is test scaffolding for the grouping strategies, which must not depend on the BioJava
 * reader bundle. It handles the inline fixtures and the plain records of the shared models, and
 * nothing beyond them (no ANISOU, no hybrid-36 serials).
 */
public final class PdbFixture {

    private PdbFixture() {
    }

    public static AtomTable parse(String source, String text) {
        AtomTable.Builder builder = AtomTable.builder(source);
        int model = 1;
        String[] lines = text.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.startsWith("MODEL ")) {
                model = Integer.parseInt(line.substring(6).trim());
            } else if (line.startsWith("ATOM  ") || line.startsWith("HETATM")) {
                builder.add(atom(source, n + 1, padded(line), model));
            }
        }
        return builder.build();
    }

    public static AtomTable read(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.US_ASCII));
    }

    private static Atom atom(String source, int lineNumber, String line, int model) {
        String name = line.substring(12, 16).trim();
        String element = line.substring(76, 78).trim();
        if (element.isEmpty()) {
            element = name.replaceAll("^\\d+", "").substring(0, 1);
        }
        return new Atom(
                integer(source, lineNumber, line, 6, 11, "serial"),
                name,
                line.charAt(16),
                line.substring(17, 20).trim(),
                line.substring(21, 22),
                integer(source, lineNumber, line, 22, 26, "residue number"),
                line.charAt(26),
                number(source, lineNumber, line, 30, 38, "x"),
                number(source, lineNumber, line, 38, 46, "y"),
                number(source, lineNumber, line, 46, 54, "z"),
                number(source, lineNumber, line, 54, 60, "occupancy"),
                number(source, lineNumber, line, 60, 66, "B"),
                element.toUpperCase(Locale.ROOT),
                0,
                line.startsWith("HETATM"),
                model,
                null,
                lineNumber);
    }

    private static String padded(String line) {
        return line.length() >= 80 ? line : line + " ".repeat(80 - line.length());
    }

    private static int integer(String source, int lineNumber, String line, int from, int to, String field) {
        String text = line.substring(from, to).trim();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " line " + lineNumber + ": " + field + " in columns "
                    + (from + 1) + "-" + to + " is not an integer: '" + text + "'", e);
        }
    }

    private static double number(String source, int lineNumber, String line, int from, int to, String field) {
        String text = line.substring(from, to).trim();
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " line " + lineNumber + ": " + field + " in columns "
                    + (from + 1) + "-" + to + " is not a number: '" + text + "'", e);
        }
    }
}
