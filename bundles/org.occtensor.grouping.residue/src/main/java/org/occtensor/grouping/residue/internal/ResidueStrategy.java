package org.occtensor.grouping.residue.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.AtomTable.ResidueKey;
import org.occtensor.core.api.GroupingPlanBuilder;
import org.occtensor.core.spi.GroupingException;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.core.spi.GroupingStrategy;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Groups the atoms that no earlier strategy grouped by residue (model, chain, residue number and
 * insertion code, never the residue name). A residue's atoms share one group, labelled
 * {@code A/HOH 301}, when their occupancies agree within the tolerance; otherwise each atom is a
 * group of its own, labelled like {@code A/GLU 52/CA}.
 *
 * <p>Options:
 * <ul>
 *   <li>{@code tolerance}: occupancy tolerance, default 0.02</li>
 *   <li>{@code residue-mode}: {@code uniform} (default) as above; {@code always} makes one group per
 *       residue whatever the occupancies</li>
 * </ul>
 * A group is refinable by default when its mean occupancy is below 1 minus the tolerance.
 */
@Component(service = GroupingStrategy.class, property = GroupingStrategy.NAME_PROPERTY + "=" + ResidueStrategy.NAME)
public final class ResidueStrategy implements GroupingStrategy {

    static final String NAME = "residue";
    static final double ROUNDING_SLACK = 1e-9;

    private static final Logger LOG = LoggerFactory.getLogger(ResidueStrategy.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "one group per residue for atoms no earlier strategy grouped, when their occupancies agree";
    }

    @Override
    public void apply(AtomTable atoms, GroupingOptions options, GroupingPlanBuilder plan) throws GroupingException {
        double tolerance = tolerance(options);
        ResidueMode mode = ResidueMode.from(options);

        int residueGroups = 0;
        int atomGroups = 0;
        for (int[] members : ungroupedByResidue(atoms, plan)) {
            if (mode == ResidueMode.ALWAYS || occupancySpread(atoms, members) <= tolerance) {
                addGroup(atoms, plan, residueLabel(atoms, members[0]), members, tolerance);
                residueGroups++;
                continue;
            }
            for (int a : members) {
                addGroup(atoms, plan, atoms.label(a), new int[] {a}, tolerance);
                atomGroups++;
            }
        }
        LOG.info("{}: {} residue groups and {} single-atom groups from residues with mixed occupancies",
                atoms.source(), residueGroups, atomGroups);
        plan.strategyApplied(NAME);
    }

    private static void addGroup(AtomTable atoms, GroupingPlanBuilder plan, String label, int[] members,
                                 double tolerance) {
        double sum = 0;
        for (int a : members) {
            sum += atoms.occupancy(a);
        }
        int group = plan.addGroup(label, members);
        plan.setRefinable(group, sum / members.length < 1 - tolerance);
    }

    /** Returns the ungrouped atoms of each residue, residues in the order their first atom appears. */
    private static List<int[]> ungroupedByResidue(AtomTable atoms, GroupingPlanBuilder plan) {
        Map<ResidueKey, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < atoms.size(); i++) {
            if (!plan.isAssigned(i)) {
                byKey.computeIfAbsent(atoms.residueKey(i), key -> new ArrayList<>()).add(i);
            }
        }

        List<int[]> residues = new ArrayList<>(byKey.size());
        for (List<Integer> members : byKey.values()) {
            residues.add(members.stream().mapToInt(Integer::intValue).toArray());
        }
        return residues;
    }

    private static double occupancySpread(AtomTable atoms, int[] members) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int a : members) {
            min = Math.min(min, atoms.occupancy(a));
            max = Math.max(max, atoms.occupancy(a));
        }
        return max - min;
    }

    /** Returns {@code A/HOH 301} (with {@code model N} appended outside model 1) for the residue of {@code atom}. */
    static String residueLabel(AtomTable atoms, int atom) {
        char code = atoms.insertionCode(atom);
        String number = atoms.residueNumber(atom) + (code == ' ' ? "" : String.valueOf(code));
        String model = atoms.model(atom) == 1 ? "" : " model " + atoms.model(atom);
        return atoms.chainId(atom) + "/" + atoms.residueName(atom) + " " + number + model;
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
