package org.occtensor.core.spi;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * String options for grouping strategies, as given on the command line ({@code link=none},
 * {@code residue-mode=always}, {@code tolerance=0.02}, {@code custom=groups.json}).
 */
public final class GroupingOptions {

    /** Occupancy tolerance for sums and for "agrees with": the default is 0.02. */
    public static final String TOLERANCE = "tolerance";
    public static final double DEFAULT_TOLERANCE = 0.02;

    private final Map<String, String> values;

    private GroupingOptions(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static GroupingOptions empty() {
        return new GroupingOptions(Map.of());
    }

    public static GroupingOptions of(Map<String, String> values) {
        return new GroupingOptions(new TreeMap<>(values));
    }

    /** Returns a copy with {@code key} set to {@code value}. */
    public GroupingOptions with(String key, String value) {
        Map<String, String> copy = new TreeMap<>(values);
        copy.put(key, value);
        return new GroupingOptions(copy);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public String get(String key, String defaultValue) {
        return values.getOrDefault(key, defaultValue);
    }

    /** Returns the tolerance option, or 0.02 when unset. */
    public double tolerance() {
        String text = values.get(TOLERANCE);
        if (text == null) {
            return DEFAULT_TOLERANCE;
        }
        try {
            double value = Double.parseDouble(text);
            if (!(value >= 0 && value < 0.5)) {
                throw new IllegalArgumentException("tolerance must be in [0, 0.5), got " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tolerance must be a number, got '" + text + "'", e);
        }
    }

    public Map<String, String> asMap() {
        return values;
    }
}
