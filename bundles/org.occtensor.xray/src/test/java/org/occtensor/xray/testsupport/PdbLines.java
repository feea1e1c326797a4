package org.occtensor.xray.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.occtensor.core.api.Atom;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.UnitCell;

/**
 * A minimal PDB reader for tests: CRYST1, ATOM, HETATM and ANISOU records of the first model, fixed
 * columns only. The project's real reader is the BioJava bundle; this one exists so the X-ray tests do
 * not depend on it, and it handles only what the shared datasets contain.
 */
public final class PdbLines {

    private PdbLines() {
    }

    public static AtomTable read(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomTable.Builder builder = AtomTable.builder(path.getFileName().toString());
        Atom pending = null;
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            if (line.startsWith("ENDMDL")) {
                break;
            }
            if (line.startsWith("CRYST1")) {
                builder.cell(new UnitCell(number(line, 6, 15), number(line, 15, 24), number(line, 24, 33),
                        number(line, 33, 40), number(line, 40, 47), number(line, 47, 54),
                        field(line, 55, 66).trim()));
            } else if (line.startsWith("ATOM  ") || line.startsWith("HETATM")) {
                if (pending != null) {
                    builder.add(pending);
                }
                pending = atom(line, lineNumber, null);
            } else if (line.startsWith("ANISOU") && pending != null) {
                double[] u = new double[6];
                for (int i = 0; i < 6; i++) {
                    u[i] = Integer.parseInt(field(line, 28 + 7 * i, 35 + 7 * i).trim()) * 1e-4;
                }
                // PDB order is U11 U22 U33 U12 U13 U23, the order AtomTable uses.
                pending = atom(lines.get(pending.sourceLine() - 1), pending.sourceLine(), u);
            }
        }
        if (pending != null) {
            builder.add(pending);
        }
        return builder.build();
    }

    private static Atom atom(String line, int lineNumber, double[] anisoU) {
        String element = field(line, 76, 78).trim();
        String chargeText = field(line, 78, 80).trim();
        int charge = 0;
        if (chargeText.length() == 2) {
            charge = (chargeText.charAt(1) == '-' ? -1 : 1) * (chargeText.charAt(0) - '0');
        }
        return new Atom(Integer.parseInt(field(line, 6, 11).trim()), field(line, 12, 16).trim(), field(line, 16, 17).charAt(0),
                field(line, 17, 20).trim(), field(line, 21, 22).trim(), Integer.parseInt(field(line, 22, 26).trim()),
                field(line, 26, 27).charAt(0), number(line, 30, 38), number(line, 38, 46), number(line, 46, 54),
                number(line, 54, 60), number(line, 60, 66), element, charge, line.startsWith("HETATM"), 1, anisoU,
                lineNumber);
    }

    private static String field(String line, int from, int to) {
        String padded = line.length() < to ? String.format("%-" + to + "s", line) : line;
        return padded.substring(from, to);
    }

    private static double number(String line, int from, int to) {
        return Double.parseDouble(field(line, from, to).trim());
    }
}
