package org.occtensor.grouping.custom.api;

import java.util.Objects;

import org.occtensor.core.api.AtomTable;
import org.occtensor.grouping.custom.internal.selection.Selection;
import org.occtensor.grouping.custom.internal.selection.SelectionParser;
import org.occtensor.grouping.custom.internal.selection.SelectionSyntaxException;

/**
 * A parsed phenix-style atom selection, for example {@code chain A and resseq 52:60 and altloc A}.
 * The syntax is the one of the {@code custom} strategy's group files.
 */
public final class AtomSelection {

    private final String expression;
    private final Selection selection;

    private AtomSelection(String expression, Selection selection) {
        this.expression = expression;
        this.selection = selection;
    }

    /**
     * Parses {@code expression}.
     *
     * @throws InvalidSelectionException naming the 1-based column where the expression stops making sense
     */
    public static AtomSelection parse(String expression) throws InvalidSelectionException {
        Objects.requireNonNull(expression, "expression");
        try {
            return new AtomSelection(expression, SelectionParser.parse(expression));
        } catch (SelectionSyntaxException e) {
            throw new InvalidSelectionException(e.getMessage(), e.column(), e);
        }
    }

    /** Returns one flag per atom of {@code atoms}, true where the atom is selected. */
    public boolean[] select(AtomTable atoms) {
        boolean[] mask = new boolean[atoms.size()];
        for (int a = 0; a < mask.length; a++) {
            mask[a] = selection.matches(atoms, a);
        }
        return mask;
    }

    /** Returns the expression as written. */
    public String expression() {
        return expression;
    }

    @Override
    public String toString() {
        return expression;
    }
}
