package org.occtensor.io.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.occtensor.core.api.UnitCell;
import org.occtensor.io.api.ModelReadException;
import org.occtensor.io.api.ReadOptions;

/**
 * Reads the ATOM, HETATM, ANISOU, MODEL and CRYST1 records of a PDB file line by line, validating
 * every field that BioJava would accept silently.
 *
 * <p>Column numbers follow the wwPDB Atomic Coordinate Entry Format Version 3.3. Records of
 * models other than the chosen one are skipped without validation, because they are written back
 * unchanged.
 */
final class PdbScanner {

    /** Last column of the B-factor field; a shorter ATOM/HETATM record is truncated. */
    private static final int MIN_ATOM_COLUMNS = 66;
    /** Last column of U23 in an ANISOU record. */
    private static final int MIN_ANISOU_COLUMNS = 70;
    /** Last column of gamma in CRYST1. */
    private static final int MIN_CRYST1_COLUMNS = 54;
    /** ANISOU stores U in units of 1e-4 square angstrom. */
    private static final double ANISOU_SCALE = 1.0e-4;
    /** Records that, as the last record of a file without END, suggest the file was cut at a line break. */
    private static final Set<String> COORDINATE_RECORDS = Set.of("ATOM", "HETATM", "ANISOU", "TER");

    private final Path file;
    private final String text;
    private final ReadOptions options;
    private final Warnings warnings;

    private final List<AtomRecord> atoms = new ArrayList<>();
    private final List<Integer> modelSerials = new ArrayList<>();
    private final List<Integer> modelsWithAtoms = new ArrayList<>();
    private UnitCell cell;
    private int currentModel = 1;
    private int chosenModel;
    private int anyAtomRecords;
    private int firstAtomLineBeforeModels;
    /** Columns 7-27 of the last chosen atom record when it is the previous line, for ANISOU matching. */
    private String previousAtomIdentity;
    private boolean endRecord;
    private String lastRecordName = "";
    private int lastRecordLine;

    PdbScanner(Path file, String text, ReadOptions options, Warnings warnings) {
        this.file = file;
        this.text = text;
        this.options = options;
        this.warnings = warnings;
        this.chosenModel = options.model();
    }

    ModelScan scan() throws ModelReadException {
        LineCursor lines = new LineCursor(text);
        while (lines.next()) {
            String line = lines.line();
            noteRecord(lines);
            String identity = previousAtomIdentity;
            previousAtomIdentity = null;
            if (line.startsWith("ATOM  ") || line.startsWith("HETATM")) {
                readAtom(lines);
            } else if (line.startsWith("ANISOU")) {
                readAnisou(lines, identity);
            } else if (line.startsWith("MODEL ") || line.equals("MODEL")) {
                readModel(lines);
            } else if (line.startsWith("CRYST1")) {
                readCell(lines);
            }
        }
        return finish();
    }

    /** Remembers the name and line of the last record that is not blank, and whether END occurred. */
    private void noteRecord(LineCursor lines) {
        String line = lines.line();
        String recordName = line.substring(0, Math.min(6, line.length())).strip().toUpperCase(Locale.ROOT);
        if (recordName.isEmpty()) {
            return;
        }
        endRecord |= recordName.equals("END");
        lastRecordName = recordName;
        lastRecordLine = lines.lineNumber();
    }

    private ModelScan finish() throws ModelReadException {
        if (anyAtomRecords == 0) {
            throw new ModelReadException(file, 0, null, "the file has no ATOM or HETATM records");
        }
        warnIfTruncated();
        if (atoms.isEmpty()) {
            throw new ModelReadException(file, 0, String.valueOf(chosenModel),
                    "model " + chosenModel + " has no atoms; the models with atoms are " + modelsWithAtoms);
        }
        RecordChecks.rejectDuplicates(file, atoms);
        int ordinal = modelSerials.isEmpty() ? 0 : modelSerials.indexOf(chosenModel);
        return new ModelScan(chosenModel, ordinal, List.copyOf(atoms), cell);
    }

    /**
     * Warns when the file has no END record and ends with a coordinate record, as a file cut at a
     * line break does. It is only a warning, because some programs write no END record.
     */
    private void warnIfTruncated() {
        if (endRecord || !COORDINATE_RECORDS.contains(lastRecordName)) {
            return;
        }
        warnings.add("no END record, may be truncated", lastRecordLine, "the file may be truncated, because it has no"
                + " END record and its last record is " + lastRecordName + ". Some programs write no END record,"
                + " so ignore this warning if the file ends with its last atom");
    }

    private void readModel(LineCursor lines) throws ModelReadException {
        PdbColumns columns = new PdbColumns(file, lines.lineNumber(), lines.line());
        if (firstAtomLineBeforeModels > 0) {
            throw new ModelReadException(file, firstAtomLineBeforeModels, null, "atom record before the first MODEL"
                    + " record (line " + lines.lineNumber() + "); in a file with models every atom must be in a model");
        }
        int serial = columns.integer(7, Math.max(14, columns.length()), "model serial number");
        if (modelSerials.contains(serial)) {
            throw columns.error(String.valueOf(serial), "model " + serial + " appears twice");
        }
        modelSerials.add(serial);
        currentModel = serial;
    }

    private void readAtom(LineCursor lines) throws ModelReadException {
        anyAtomRecords++;
        if (modelSerials.isEmpty() && firstAtomLineBeforeModels == 0) {
            firstAtomLineBeforeModels = lines.lineNumber();
        }
        if (!modelsWithAtoms.contains(currentModel)) {
            modelsWithAtoms.add(currentModel);
        }
        if (chosenModel == ReadOptions.FIRST_MODEL) {
            chosenModel = currentModel;
        }
        if (currentModel != chosenModel) {
            return;
        }
        PdbColumns columns = new PdbColumns(file, lines.lineNumber(), lines.line());
        if (columns.length() < MIN_ATOM_COLUMNS) {
            throw columns.error(FormatDetector.abbreviate(lines.line()), "truncated " + columns.trimmed(1, 6)
                    + " record: it ends at column " + columns.length() + ", but coordinates, occupancy and B factor"
                    + " need " + MIN_ATOM_COLUMNS + " columns");
        }
        atoms.add(parseAtom(columns, lines.start()));
        previousAtomIdentity = columns.raw(7, 27);
    }

    private AtomRecord parseAtom(PdbColumns columns, int lineStart) throws ModelReadException {
        String serialText = columns.trimmed(7, 11);
        // Serials beyond 99999 are written in hybrid-36 or as asterisks; the serial is informational.
        int serial = Numbers.isInteger(serialText) ? Numbers.parseInteger(serialText) : 0;
        String name = columns.trimmed(13, 16);
        if (name.isEmpty()) {
            throw columns.error(columns.raw(13, 16), "blank atom name in columns 13-16");
        }
        char altloc = columns.character(17);
        String residueName = columns.trimmed(18, 20);
        String chainId = columns.trimmed(22, 22);
        int residueNumber = columns.integer(23, 26, "residue number");
        char insertionCode = columns.character(27);
        double x = columns.decimal(31, 38, "x coordinate");
        double y = columns.decimal(39, 46, "y coordinate");
        double z = columns.decimal(47, 54, "z coordinate");
        String label = new AtomKey(chainId, residueNumber, insertionCode, name, altloc).label(residueName);
        String occupancyText = columns.trimmed(55, 60);
        double fileOccupancy = occupancyText.isEmpty() ? Double.NaN : Numbers.parseDecimal(occupancyText);
        double occupancy = OccupancyCheck.resolve(file, columns.lineNumber(), occupancyText.isEmpty() ? null : occupancyText,
                "columns 55-60", label, options.clampOccupancy(), warnings);
        double bFactor = columns.decimal(61, 66, "B factor");
        String element = columns.trimmed(77, 78).toUpperCase(Locale.ROOT);
        int charge = parseCharge(columns);
        return new AtomRecord(columns.lineNumber(), columns.raw(1, 6).equals("HETATM"), serial, name, altloc,
                residueName, chainId, residueNumber, insertionCode, x, y, z, occupancy, fileOccupancy, bFactor,
                element, charge, currentModel, new TextSpan(lineStart + 54, 6), null);
    }

    /** Reads columns 79-80, written as digit and sign ("2+"); the reverse order ("+2") is also accepted. */
    private static int parseCharge(PdbColumns columns) throws ModelReadException {
        String text = columns.trimmed(79, 80);
        if (text.isEmpty()) {
            return 0;
        }
        if (text.length() == 2 && Character.isDigit(text.charAt(0)) && isSign(text.charAt(1))) {
            return (text.charAt(1) == '-' ? -1 : 1) * (text.charAt(0) - '0');
        }
        if (text.length() == 2 && isSign(text.charAt(0)) && Character.isDigit(text.charAt(1))) {
            return (text.charAt(0) == '-' ? -1 : 1) * (text.charAt(1) - '0');
        }
        throw columns.error(text, "invalid charge in columns 79-80: expected a digit and a sign such as 2+");
    }

    private static boolean isSign(char c) {
        return c == '+' || c == '-';
    }

    private void readAnisou(LineCursor lines, String previousIdentity) throws ModelReadException {
        if (currentModel != chosenModel) {
            return;
        }
        PdbColumns columns = new PdbColumns(file, lines.lineNumber(), lines.line());
        if (previousIdentity == null || !previousIdentity.equals(columns.raw(7, 27))) {
            warnings.add("ANISOU record without its atom, ignored", lines.lineNumber(),
                    "ANISOU record does not follow the ATOM/HETATM record of atom '" + columns.raw(7, 27)
                            + "'; ignored");
            return;
        }
        if (columns.length() < MIN_ANISOU_COLUMNS) {
            throw columns.error(FormatDetector.abbreviate(lines.line()), "truncated ANISOU record: it ends at column "
                    + columns.length() + ", but U11..U23 need " + MIN_ANISOU_COLUMNS + " columns");
        }
        double[] u = new double[6];
        for (int k = 0; k < 6; k++) {
            int first = 29 + 7 * k;
            u[k] = ANISOU_SCALE * columns.integer(first, first + 6, "anisotropic U");
        }
        int last = atoms.size() - 1;
        atoms.set(last, atoms.get(last).withAnisoU(u));
    }

    private void readCell(LineCursor lines) throws ModelReadException {
        PdbColumns columns = new PdbColumns(file, lines.lineNumber(), lines.line());
        if (columns.length() < MIN_CRYST1_COLUMNS) {
            throw columns.error(FormatDetector.abbreviate(lines.line()), "truncated CRYST1 record: it ends at column "
                    + columns.length() + ", but the cell needs " + MIN_CRYST1_COLUMNS + " columns");
        }
        String spaceGroup = columns.trimmed(56, 66);
        if (spaceGroup.isEmpty()) {
            warnings.add("no space group", lines.lineNumber(), "CRYST1 has no space group in columns 56-66");
        }
        cell = new UnitCell(columns.decimal(7, 15, "cell length a"), columns.decimal(16, 24, "cell length b"),
                columns.decimal(25, 33, "cell length c"), columns.decimal(34, 40, "cell angle alpha"),
                columns.decimal(41, 47, "cell angle beta"), columns.decimal(48, 54, "cell angle gamma"), spaceGroup);
    }
}
