package org.occtensor.grouping.custom.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.ConformerSet;
import org.occtensor.core.api.GroupingPlanBuilder;
import org.occtensor.core.spi.GroupingException;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.core.spi.GroupingStrategy;
import org.occtensor.grouping.custom.internal.GroupFile.SetSpec;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Groups atoms as a JSON group file specifies (format in the package documentation). Options:
 * {@code custom} is the path of the group file (required). {@code tolerance} (default 0.02) sets
 * when a group's starting occupancies count as spread and when a set's starting sum is reported.
 */
@Component(service = GroupingStrategy.class, property = GroupingStrategy.NAME_PROPERTY + "=" + CustomStrategy.NAME)
public final class CustomStrategy implements GroupingStrategy {

    static final String NAME = "custom";
    static final double ROUNDING_SLACK = 1e-9;
    static final String FILE_OPTION = "custom";

    private static final Logger LOG = LoggerFactory.getLogger(CustomStrategy.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "groups and conformer sets from a JSON file of phenix-style selections (--custom FILE)";
    }

    @Override
    public void apply(AtomTable atoms, GroupingOptions options, GroupingPlanBuilder plan) throws GroupingException {
        double tolerance = tolerance(options);
        GroupFile file = GroupFileReader.read(groupFilePath(options));
        PlanWarnings warnings = new PlanWarnings(plan, atoms.source());
        Map<NamedSelection, int[]> claimed = Claims.resolve(atoms, file, plan, warnings);

        for (NamedSelection group : file.groups()) {
            addGroup(atoms, plan, group, claimed.get(group), group.refinable(), tolerance, warnings);
        }
        for (SetSpec set : file.conformerSets()) {
            addSet(atoms, plan, set, claimed, tolerance, warnings);
        }
        int fixedAtoms = 0;
        for (NamedSelection fixed : file.fixed()) {
            for (int a : claimed.get(fixed)) {
                plan.addGroup(atoms.label(a) + " (fixed)", a);
                fixedAtoms++;
            }
        }

        LOG.info("{}: {} groups, {} conformer sets and {} fixed atoms from {}", atoms.source(), file.groups().size(),
                file.conformerSets().size(), fixedAtoms, file.source());
        plan.strategyApplied(NAME);
    }

    private static int addGroup(AtomTable atoms, GroupingPlanBuilder plan, NamedSelection selection, int[] members,
                                boolean refinable, double tolerance, PlanWarnings warnings) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int a : members) {
            min = Math.min(min, atoms.occupancy(a));
            max = Math.max(max, atoms.occupancy(a));
        }
        if (max - min > tolerance) {
            warnings.warn(selection.describe() + ": its atoms start at occupancies from " + format(min) + " to "
                    + format(max) + "; the group starts at their mean " + format(mean(atoms, members)));
        }

        int group = plan.addGroup(selection.name(), members);
        plan.setRefinable(group, refinable);
        return group;
    }

    /** Adds one refinable group per member and the set over them, warning when the starting sum breaks its rule. */
    private static void addSet(AtomTable atoms, GroupingPlanBuilder plan, SetSpec set,
                               Map<NamedSelection, int[]> claimed, double tolerance, PlanWarnings warnings) {
        int[] groups = new int[set.members().size()];
        double sum = 0;
        for (int k = 0; k < groups.length; k++) {
            NamedSelection member = set.members().get(k);
            int[] members = claimed.get(member);
            groups[k] = addGroup(atoms, plan, member, members, true, tolerance, warnings);
            sum += mean(atoms, members);
        }

        String setDescription = "conformer set " + set.path() + (set.name().equals(set.path()) ? "" : " \"" + set.name() + "\"");
        if (sum > 1 + tolerance) {
            warnings.warn(setDescription + ": its members start at occupancies summing to " + format(sum)
                    + ", above 1; the occupancy tensor renormalises them to sum to 1");
        } else if (set.kind() == ConformerSet.Kind.COMPLETE && sum < 1 - tolerance) {
            warnings.warn(setDescription + " is declared complete but its members start at occupancies summing to "
                    + format(sum) + "; refinement holds the sum at 1");
        }
        plan.addConformerSet(set.kind(), groups);
    }

    private static double mean(AtomTable atoms, int[] members) {
        double sum = 0;
        for (int a : members) {
            sum += atoms.occupancy(a);
        }
        return sum / members.length;
    }

    private static String format(double occupancy) {
        return String.format(Locale.ROOT, "%.2f", occupancy);
    }

    private static Path groupFilePath(GroupingOptions options) throws GroupingException {
        String text = options.get(FILE_OPTION)
                .orElseThrow(() -> new GroupingException("strategy " + NAME + " needs the option " + FILE_OPTION
                        + "=FILE naming a JSON group file"));
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new GroupingException("invalid custom group file path '" + text + "': " + e.getMessage(), e);
        }
    }

    /**
     * Returns the tolerance option widened by {@link #ROUNDING_SLACK}, because occupancies come with
     * two decimals and 0.77 - 0.75 is slightly above 0.02 in binary floating point.
     */
    private static double tolerance(GroupingOptions options) throws GroupingException {
        try {
            return options.tolerance() + ROUNDING_SLACK;
        } catch (IllegalArgumentException e) {
            throw new GroupingException("invalid option " + GroupingOptions.TOLERANCE + ": " + e.getMessage(), e);
        }
    }
}
