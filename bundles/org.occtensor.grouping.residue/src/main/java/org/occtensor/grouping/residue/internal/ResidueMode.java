package org.occtensor.grouping.residue.internal;

import java.util.Locale;

import org.occtensor.core.spi.GroupingException;
import org.occtensor.core.spi.GroupingOptions;

/** Treatment of a residue whose ungrouped atoms start at different occupancies, set by {@code residue-mode}. */
enum ResidueMode {
    /** One group per residue when the occupancies agree within the tolerance, else one group per atom. */
    UNIFORM,
    /** One group per residue whatever the occupancies; the group starts at their mean. */
    ALWAYS;

    static final String OPTION = "residue-mode";

    static ResidueMode from(GroupingOptions options) throws GroupingException {
        String value = options.get(OPTION, "uniform").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "uniform" -> UNIFORM;
            case "always" -> ALWAYS;
            default -> throw new GroupingException("invalid value '" + options.get(OPTION, "") + "' for option "
                    + OPTION + ": expected uniform or always");
        };
    }
}
