package org.occtensor.grouping.custom.internal;

import java.util.List;

import org.occtensor.core.api.ConformerSet;

/**
 * A parsed group file: named groups, conformer sets and fixed selections, each in file order.
 *
 * @param source the file, for messages
 */
record GroupFile(String source, List<NamedSelection> groups, List<SetSpec> conformerSets, List<NamedSelection> fixed) {

    /**
     * A conformer set of the file.
     *
     * @param path    JSON path of the set ({@code conformerSets[0]})
     * @param name    the set's name, or its path when none was given
     * @param kind    the sum rule the user declared
     * @param members one selection per member group, in file order
     */
    record SetSpec(String path, String name, ConformerSet.Kind kind, List<NamedSelection> members) {
    }
}
