package org.occtensor.grouping.custom.internal;

import org.occtensor.grouping.custom.internal.selection.Selection;

/**
 * One selection of a group file.
 *
 * @param path      where it sits in the file, as a JSON path ({@code groups[2]}, {@code conformerSets[0].members[1]})
 * @param name      the group label: the given name, or the selection text when none was given
 * @param text      the selection as written
 * @param selection the parsed selection
 * @param refinable whether its group is refinable by default
 */
record NamedSelection(String path, String name, String text, Selection selection, boolean refinable) {

    /** Returns {@code groups[2] "ligand" (chain A and resseq 451)} for messages. */
    String describe() {
        return name.equals(text) ? path + " (" + text + ")" : path + " \"" + name + "\" (" + text + ")";
    }
}
