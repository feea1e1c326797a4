package org.occtensor.io.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.occtensor.io.api.ModelReadException;

/** Parses and validates one {@code _atom_site} row into an {@link AtomRecord}. */
final class AtomSiteRow {

    /** B = 8 pi^2 U, for isotropic and anisotropic displacement parameters. */
    static final double B_PER_U = 8.0 * Math.PI * Math.PI;

    private final Path file;
    private final String text;
    private final CifTable table;
    private final AtomSiteColumns columns;
    private final int row;

    AtomSiteRow(Path file, String text, CifTable table, AtomSiteColumns columns, int row) {
        this.file = file;
        this.text = text;
        this.table = table;
        this.columns = columns;
        this.row = row;
    }

    AtomRecord parse(int model, boolean clampOccupancy, Warnings warnings) throws ModelReadException {
        int line = table.value(row, 0).line();
        String name = required(columns.name(), "atom name");
        char altloc = singleChar(columns.altloc(), "label_alt_id");
        String residueName = required(columns.residueName(), "residue name");
        String chainId = required(columns.chain(), "chain id");
        int residueNumber = integer(columns.residueNumber(), "residue number");
        char insertionCode = singleChar(columns.insertionCode(), "pdbx_PDB_ins_code");
        double x = decimal(columns.x(), "Cartn_x");
        double y = decimal(columns.y(), "Cartn_y");
        double z = decimal(columns.z(), "Cartn_z");
        String label = new AtomKey(chainId, residueNumber, insertionCode, name, altloc).label(residueName);

        TextSpan occupancyField = null;
        String occupancyText = null;
        int occupancyLine = line;
        if (columns.occupancy() >= 0) {
            CifToken token = table.value(row, columns.occupancy());
            occupancyField = new TextSpan(token.offset(), token.end() - token.offset());
            occupancyText = CifValues.numberText(text, token);
            occupancyLine = token.line();
        }
        double fileOccupancy = occupancyText == null ? Double.NaN : Numbers.parseDecimal(occupancyText);
        double occupancy = columns.occupancy() < 0 ? 1.0 : OccupancyCheck.resolve(file, occupancyLine, occupancyText,
                "_atom_site.occupancy, row " + (row + 1), label, clampOccupancy, warnings);
        double bFactor = columns.bIso() >= 0 ? decimal(columns.bIso(), "B_iso_or_equiv")
                : B_PER_U * decimal(columns.uIso(), "U_iso_or_equiv");

        return new AtomRecord(line, isHetero(residueName), serial(), name, altloc, residueName, chainId, residueNumber,
                insertionCode, x, y, z, occupancy, fileOccupancy, bFactor, element(), charge(), model,
                occupancyField, null);
    }

    /** Reads group_PDB, or applies {@link StandardResidues} when the file has no such item. */
    private boolean isHetero(String residueName) {
        if (columns.group() < 0) {
            return StandardResidues.isHetero(residueName);
        }
        return "HETATM".equalsIgnoreCase(table.value(row, columns.group()).value(text));
    }

    private int serial() {
        String value = columns.id() < 0 ? null : table.value(row, columns.id()).value(text);
        return value != null && Numbers.isInteger(value) ? Numbers.parseInteger(value) : 0;
    }

    private String element() {
        String value = columns.element() < 0 ? null : table.value(row, columns.element()).value(text);
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    }

    private int charge() throws ModelReadException {
        if (columns.charge() < 0 || table.value(row, columns.charge()).value(text) == null) {
            return 0;
        }
        return integer(columns.charge(), "pdbx_formal_charge");
    }

    private String required(int column, String fieldName) throws ModelReadException {
        CifToken token = table.value(row, column);
        String value = token.value(text);
        if (value == null || value.isBlank()) {
            throw error(token, "missing " + fieldName);
        }
        return value.strip();
    }

    private char singleChar(int column, String item) throws ModelReadException {
        if (column < 0) {
            return ' ';
        }
        CifToken token = table.value(row, column);
        String value = token.value(text);
        if (value == null || value.isEmpty()) {
            return ' ';
        }
        if (value.length() != 1) {
            throw error(token, "invalid " + item + ": expected one character");
        }
        return value.charAt(0);
    }

    private int integer(int column, String fieldName) throws ModelReadException {
        CifToken token = table.value(row, column);
        String value = token.value(text);
        if (value == null || !Numbers.isInteger(value)) {
            throw error(token, "invalid " + fieldName + ": not an integer");
        }
        return Numbers.parseInteger(value);
    }

    private double decimal(int column, String item) throws ModelReadException {
        CifToken token = table.value(row, column);
        String number = CifValues.numberText(text, token);
        double value = number == null ? Double.NaN : Numbers.parseDecimal(number);
        if (Double.isNaN(value)) {
            throw error(token, (number == null ? "missing " : "invalid ") + item + (number == null ? "" : ": not a number"));
        }
        return value;
    }

    private ModelReadException error(CifToken token, String detail) {
        return new ModelReadException(file, token.line(), token.raw(text), "_atom_site row " + (row + 1) + ": " + detail);
    }
}
