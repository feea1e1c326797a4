package org.occtensor.grouping.altloc.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.AtomTable.ResidueKey;
import org.occtensor.core.api.ConformerSet;
import org.occtensor.core.api.GroupingPlanBuilder;
import org.occtensor.core.spi.GroupingException;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.core.spi.GroupingStrategy;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Groups alternate locations: each residue with two or more altloc ids becomes a conformer set with
 * one group per id. Only atoms that no earlier strategy grouped take part, and atoms with a blank
 * altloc are left to later strategies.
 *
 * <p>A set is {@code complete} when the mean occupancies of its members sum to 1 within the
 * tolerance and {@code partial} when they sum to less. A set that sums to more is {@code complete}
 * with a warning naming the residue, because the occupancy tensor renormalises its starting values.
 *
 * <p>A residue with a single altloc id (a stray altloc atom) is not a set of alternatives. When that
 * id's mean occupancy is below 1 minus the tolerance, its atoms become one group in a
 * {@code partial} set of one member, so they refine between 0 and 1 apart from the rest of the
 * residue. Otherwise the id carries no information and its atoms are left to later strategies.
 * Both cases are reported as warnings.
 *
 * <p>Options:
 * <ul>
 *   <li>{@code tolerance}: occupancy tolerance, default 0.02</li>
 *   <li>{@code link}: {@code adjacent} (default) links adjacent bonded residues of one chain whose
 *       conformers have the same ids and starting occupancies (see {@link RunLinker}); {@code none}
 *       gives every residue its own set</li>
 * </ul>
 * Every group this strategy creates is refinable by default.
 */
@Component(service = GroupingStrategy.class, property = GroupingStrategy.NAME_PROPERTY + "=" + AltlocStrategy.NAME)
public final class AltlocStrategy implements GroupingStrategy {

    static final String NAME = "altloc";
    static final double ROUNDING_SLACK = 1e-9;
    static final String LINK_OPTION = "link";
    static final String LINK_ADJACENT = "adjacent";
    static final String LINK_NONE = "none";

    private static final Logger LOG = LoggerFactory.getLogger(AltlocStrategy.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "one conformer set per residue with alternate locations; adjacent matching residues share groups";
    }

    @Override
    public void apply(AtomTable atoms, GroupingOptions options, GroupingPlanBuilder plan) throws GroupingException {
        double tolerance = tolerance(options);
        boolean link = linkAdjacent(options);
        PlanWarnings warnings = new PlanWarnings(plan, atoms.source());

        List<ResidueAtoms> residues = ResidueAtoms.collect(atoms);
        Map<ResidueKey, ResidueConformers> conformers = new LinkedHashMap<>();
        for (ResidueAtoms residue : residues) {
            ResidueConformers found = ResidueConformers.of(atoms, residue, plan);
            if (found != null && keepAsConformers(atoms, found, tolerance, warnings)) {
                ConformerChecks.checkOccupancySpread(atoms, found, tolerance, warnings);
                ConformerChecks.checkIdenticalCoordinates(atoms, found, warnings);
                conformers.put(residue.key(), found);
            }
        }

        int sets = 0;
        for (List<ResidueConformers> run : RunLinker.runs(atoms, residues, conformers, tolerance, link)) {
            addRun(atoms, run, tolerance, plan, warnings);
            sets++;
        }
        LOG.info("{}: {} conformer sets from {} residues with alternate locations", atoms.source(), sets,
                conformers.size());
        plan.strategyApplied(NAME);
    }

    /** Returns false, with a warning, for a residue whose single altloc id sits at full occupancy. */
    private static boolean keepAsConformers(AtomTable atoms, ResidueConformers found, double tolerance,
                                            PlanWarnings warnings) {
        if (found.ids().size() > 1) {
            return true;
        }

        char id = found.ids().first();
        String conformer = Labels.conformer(atoms, found.firstAtom(id), id);
        double mean = found.meanOccupancy(id);
        if (mean < 1 - tolerance) {
            warnings.warn(conformer + " is the only ungrouped altloc id of its residue (" + names(atoms, found.atoms(id))
                    + ", occupancy " + Labels.occupancy(mean) + "); it becomes a partial conformer set of one group");
            return true;
        }
        warnings.warn(conformer + " is the only ungrouped altloc id of its residue (" + names(atoms, found.atoms(id))
                + ") at full occupancy; its atoms are left to later strategies like blank-altloc atoms");
        return false;
    }

    /** Adds one group per altloc id over all residues of {@code run}, and the set that joins them. */
    private static void addRun(AtomTable atoms, List<ResidueConformers> run, double tolerance,
                               GroupingPlanBuilder plan, PlanWarnings warnings) {
        ResidueConformers first = run.get(0);
        ResidueConformers last = run.get(run.size() - 1);
        SortedSet<Character> ids = first.ids();
        int[] groups = new int[ids.size()];
        double sum = 0;

        int k = 0;
        for (char id : ids) {
            int[] members = membersOf(run, id);
            String label = run.size() == 1
                    ? Labels.conformer(atoms, first.firstAtom(id), id)
                    : Labels.run(atoms, first.firstAtom(id), last.firstAtom(id), id);
            groups[k] = plan.addGroup(label, members);
            plan.setRefinable(groups[k], true);
            sum += ResidueConformers.meanOccupancy(atoms, members);
            k++;
        }

        String where = run.size() == 1
                ? Labels.residue(atoms, first.residue().atoms()[0])
                : Labels.range(atoms, first.residue().atoms()[0], last.residue().atoms()[0]);
        if (run.size() > 1) {
            LOG.info("{}: linked altloc {} of {} ({} residues) into one group per id", atoms.source(),
                    Labels.ids(ids), where, run.size());
        }
        if (sum > 1 + tolerance) {
            warnings.warn("conformers " + Labels.ids(ids) + " of " + where + " sum to occupancy "
                    + Labels.occupancy(sum) + ", above 1; the occupancy tensor renormalises them to sum to 1");
        }
        ConformerSet.Kind kind = sum < 1 - tolerance ? ConformerSet.Kind.PARTIAL : ConformerSet.Kind.COMPLETE;
        plan.addConformerSet(kind, groups);
    }

    private static int[] membersOf(List<ResidueConformers> run, char id) {
        return run.stream().flatMapToInt(residue -> Arrays.stream(residue.atoms(id))).toArray();
    }

    private static String names(AtomTable atoms, int[] members) {
        StringBuilder text = new StringBuilder();
        for (int a : members) {
            text.append(text.length() == 0 ? "" : " ").append(atoms.name(a));
        }
        return text.toString();
    }

    /**
     * Returns the tolerance option widened by {@link #ROUNDING_SLACK}, because occupancies come with
     * two decimals and 0.77 - 0.75 is slightly above 0.02 in binary floating point.
     */
    static double tolerance(GroupingOptions options) throws GroupingException {
        try {
            return options.tolerance() + ROUNDING_SLACK;
        } catch (IllegalArgumentException e) {
            throw new GroupingException("invalid option " + GroupingOptions.TOLERANCE + ": " + e.getMessage(), e);
        }
    }

    static boolean linkAdjacent(GroupingOptions options) throws GroupingException {
        String value = options.get(LINK_OPTION, LINK_ADJACENT).trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case LINK_ADJACENT -> true;
            case LINK_NONE -> false;
            default -> throw new GroupingException("invalid value '" + options.get(LINK_OPTION, "")
                    + "' for option " + LINK_OPTION + ": expected " + LINK_ADJACENT + " or " + LINK_NONE);
        };
    }
}
