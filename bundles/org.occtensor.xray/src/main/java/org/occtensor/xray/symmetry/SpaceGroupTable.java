package org.occtensor.xray.symmetry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting of the 230 space groups, read from {@code spacegroups.tsv} (generated from gemmi's
 * table by {@code tools/generate_spacegroups.py}), with lookup by the symbols PDB, mmCIF and MTZ files
 * use.
 */
public final class SpaceGroupTable {

    private static final String RESOURCE = "spacegroups.tsv";
    private static final int COLUMNS = 14;

    private static volatile SpaceGroupTable instance;

    private final List<SpaceGroup> settings;
    private final Map<String, SpaceGroup> bySymbol = new HashMap<>();
    private final Map<String, SpaceGroup> byHall = new HashMap<>();
    private final Map<Integer, SpaceGroup> byNumber = new HashMap<>();

    private SpaceGroupTable(List<SpaceGroup> settings) {
        this.settings = List.copyOf(settings);
        for (SpaceGroup sg : settings) {
            if (sg.isReferenceSetting()) {
                byNumber.putIfAbsent(sg.number(), sg);
            }
            byHall.putIfAbsent(normalizeHall(sg.hall()), sg);
        }
        // All keys of one kind go in before the next kind, so a full symbol never loses to another
        // setting's short symbol. Within a kind, table order (gemmi's default setting first) wins.
        for (SpaceGroup sg : settings) {
            bySymbol.putIfAbsent(normalize(sg.extendedHermannMauguin()), sg);
        }
        for (SpaceGroup sg : settings) {
            bySymbol.putIfAbsent(normalize(sg.hermannMauguin()), sg);
        }
        for (SpaceGroup sg : settings) {
            bySymbol.putIfAbsent(normalize(sg.shortName()), sg);
        }
    }

    /** Returns the table, loading it on first use. */
    public static SpaceGroupTable get() {
        SpaceGroupTable table = instance;
        if (table == null) {
            synchronized (SpaceGroupTable.class) {
                table = instance;
                if (table == null) {
                    table = load();
                    instance = table;
                }
            }
        }
        return table;
    }

    /** All settings in table order. */
    public List<SpaceGroup> settings() {
        return settings;
    }

    /** Returns the reference setting of space group {@code number} (1 to 230). */
    public SpaceGroup byNumber(int number) {
        SpaceGroup sg = byNumber.get(number);
        if (sg == null) {
            throw new IllegalArgumentException("no space group number " + number + "; expected 1 to 230");
        }
        return sg;
    }

    /**
     * Finds a setting by Hermann-Mauguin symbol as PDB CRYST1 records, mmCIF and MTZ headers write it:
     * full ("P 1 21 1"), short ("P21"), with an extension ("R 3:H", "P n n n:2"), the PDB's "H 3" for
     * rhombohedral groups on hexagonal axes, or an International Tables number. Spaces and case are
     * ignored. A symbol with several settings and no extension gives gemmi's default: origin choice 1
     * and hexagonal axes.
     */
    public Optional<SpaceGroup> find(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            return Optional.empty();
        }
        String key = normalize(symbol);
        if (key.chars().allMatch(Character::isDigit)) {
            int number = Integer.parseInt(key);
            return number >= 1 && number <= 230 ? Optional.of(byNumber(number)) : Optional.empty();
        }
        SpaceGroup sg = bySymbol.get(key);
        if (sg == null && key.startsWith("H")) {
            sg = bySymbol.get("R" + key.substring(1) + ":H");
        }
        return Optional.ofNullable(sg);
    }

    /**
     * Finds a setting like {@link #find(String)} and throws when the symbol is unknown.
     *
     * @throws IllegalArgumentException naming the symbol
     */
    public SpaceGroup require(String symbol) {
        return find(symbol).orElseThrow(() -> new IllegalArgumentException(
                "unknown space group symbol '" + symbol + "'; expected a Hermann-Mauguin symbol such as 'P 21 21 21'"));
    }

    /** Finds a setting by its Hall symbol ("P 2ac 2ab"); case and repeated spaces are ignored. */
    public Optional<SpaceGroup> findByHall(String hall) {
        return hall == null ? Optional.empty() : Optional.ofNullable(byHall.get(normalizeHall(hall)));
    }

    static String normalize(String symbol) {
        return symbol.replace(" ", "").replace("_", "").toUpperCase(Locale.ROOT);
    }

    private static String normalizeHall(String hall) {
        return hall.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    private static SpaceGroupTable load() {
        try (InputStream in = SpaceGroupTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the bundle");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            List<String[]> rows = new ArrayList<>();
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != COLUMNS) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": expected " + COLUMNS
                            + " columns, found " + fields.length);
                }
                rows.add(fields);
            }
            return new SpaceGroupTable(build(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }

    private static List<SpaceGroup> build(List<String[]> rows) {
        Map<Integer, String[]> references = new HashMap<>();
        for (String[] row : rows) {
            if (row[7].equals("1")) {
                references.put(Integer.parseInt(row[0]), row);
            }
        }
        List<SpaceGroup> result = new ArrayList<>();
        for (String[] row : rows) {
            int number = Integer.parseInt(row[0]);
            List<SymOp> operators = parseOperators(row[11]);
            String[] reference = references.get(number);
            // The CCP4 rules depend only on the point-group rotations, so a setting that shares the
            // reference setting's rotations (another origin, another centring) shares its rules.
            AsuCondition condition = null;
            if (reference != null && rotationSet(operators).equals(rotationSet(parseOperators(reference[11])))) {
                condition = AsuCondition.parse(reference[13]);
            }
            List<int[]> centrings = new ArrayList<>();
            for (String vector : row[12].split(";")) {
                centrings.add(parseCentring(vector));
            }
            String extension = row[3].equals("-") ? "" : row[3];
            result.add(new SpaceGroup(number, Integer.parseInt(row[1]), row[2], extension, row[4], row[5], row[6],
                    row[7].equals("1"), row[8], row[9], row[10], operators, centrings, condition));
        }
        return Collections.unmodifiableList(result);
    }

    private static List<SymOp> parseOperators(String triplets) {
        List<SymOp> operators = new ArrayList<>();
        for (String triplet : triplets.split(";")) {
            operators.add(SymOp.parse(triplet));
        }
        return operators;
    }

    private static int[] parseCentring(String vector) {
        String[] parts = vector.split(",");
        int[] numerators = new int[3];
        for (int i = 0; i < 3; i++) {
            String[] fraction = parts[i].split("/");
            int numerator = Integer.parseInt(fraction[0]);
            int denominator = fraction.length == 2 ? Integer.parseInt(fraction[1]) : 1;
            numerators[i] = numerator * (SymOp.DENOMINATOR / denominator);
        }
        return numerators;
    }

    private static Set<List<Integer>> rotationSet(List<SymOp> operators) {
        Set<List<Integer>> set = new HashSet<>();
        for (SymOp op : operators) {
            List<Integer> r = new ArrayList<>();
            for (int value : op.rotation()) {
                r.add(value);
            }
            set.add(r);
        }
        return set;
    }
}
