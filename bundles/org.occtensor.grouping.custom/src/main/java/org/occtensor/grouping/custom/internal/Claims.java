package org.occtensor.grouping.custom.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlanBuilder;
import org.occtensor.core.spi.GroupingException;
import org.occtensor.grouping.custom.internal.GroupFile.SetSpec;

/**
 * Evaluates every selection of a group file on a model. A selection that matches no atom, and an
 * atom that two selections match, are errors naming the selections. Atoms an earlier strategy has
 * grouped stay in their group and are dropped from the selection with a warning.
 */
final class Claims {

    private Claims() {
    }

    /**
     * Returns the atoms of each selection, selections in file order (groups, set members, fixed).
     *
     * @throws GroupingException for an empty selection or an atom selected twice
     */
    static Map<NamedSelection, int[]> resolve(AtomTable atoms, GroupFile file, GroupingPlanBuilder plan,
                                              PlanWarnings warnings) throws GroupingException {
        List<NamedSelection> selections = new ArrayList<>(file.groups());
        for (SetSpec set : file.conformerSets()) {
            selections.addAll(set.members());
        }
        selections.addAll(file.fixed());

        NamedSelection[] owner = new NamedSelection[atoms.size()];
        Map<NamedSelection, int[]> claimed = new LinkedHashMap<>();
        for (NamedSelection selection : selections) {
            int[] matches = match(atoms, selection);
            if (matches.length == 0) {
                throw new GroupingException("custom group file " + file.source() + ": " + selection.describe()
                        + " selects no atoms of " + atoms.source());
            }
            claim(atoms, file, owner, selection, matches);
            claimed.put(selection, withoutGrouped(atoms, file, plan, selection, matches, warnings));
        }
        return claimed;
    }

    private static int[] match(AtomTable atoms, NamedSelection selection) {
        List<Integer> matches = new ArrayList<>();
        for (int i = 0; i < atoms.size(); i++) {
            if (selection.selection().matches(atoms, i)) {
                matches.add(i);
            }
        }
        return matches.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void claim(AtomTable atoms, GroupFile file, NamedSelection[] owner, NamedSelection selection,
                              int[] matches) throws GroupingException {
        for (int a : matches) {
            if (owner[a] != null) {
                NamedSelection other = owner[a];
                long shared = Arrays.stream(matches).filter(b -> owner[b] == other).count();
                throw new GroupingException("custom group file " + file.source() + ": atom #" + a + " ("
                        + atoms.label(a) + ") is selected by both " + other.describe() + " and "
                        + selection.describe() + " (" + shared + " atoms in common); an atom can be in one group only");
            }
        }
        for (int a : matches) {
            owner[a] = selection;
        }
    }

    private static int[] withoutGrouped(AtomTable atoms, GroupFile file, GroupingPlanBuilder plan,
                                        NamedSelection selection, int[] matches, PlanWarnings warnings)
            throws GroupingException {
        int[] free = Arrays.stream(matches).filter(a -> !plan.isAssigned(a)).toArray();
        if (free.length == matches.length) {
            return free;
        }
        if (free.length == 0) {
            throw new GroupingException("custom group file " + file.source() + ": " + selection.describe()
                    + " selects only atoms that an earlier strategy already grouped (first: "
                    + atoms.label(matches[0]) + " in '" + plan.label(plan.groupOf(matches[0]))
                    + "'); run custom first");
        }
        warnings.warn(selection.describe() + ": " + (matches.length - free.length) + " of " + matches.length
                + " selected atoms were already grouped by an earlier strategy and stay in their groups");
        return free;
    }
}
