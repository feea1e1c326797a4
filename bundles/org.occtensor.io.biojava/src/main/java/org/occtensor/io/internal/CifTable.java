package org.occtensor.io.internal;

import java.util.List;
import java.util.Locale;

/**
 * The items of one CIF category, from a loop or from tag-value pairs (one row).
 *
 * @param category  category name in lower case without the leading '_' ("atom_site")
 * @param tags      tag tokens in order, one per column
 * @param values    value tokens row by row; its size is a multiple of the column count
 * @param looped    whether the category was written as a loop
 */
record CifTable(String category, List<CifToken> tags, List<CifToken> values, boolean looped) {

    int columnCount() {
        return tags.size();
    }

    int rowCount() {
        return values.size() / tags.size();
    }

    /** Returns the column of item {@code item} (case-insensitive, without the category), or -1. */
    int column(String text, String item) {
        String wanted = "_" + category + "." + item.toLowerCase(Locale.ROOT);
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).raw(text).toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the first of {@code items} that is a column, or -1 when none is. */
    int firstColumn(String text, String... items) {
        for (String item : items) {
            int column = column(text, item);
            if (column >= 0) {
                return column;
            }
        }
        return -1;
    }

    CifToken value(int row, int column) {
        return values.get(row * tags.size() + column);
    }
}
