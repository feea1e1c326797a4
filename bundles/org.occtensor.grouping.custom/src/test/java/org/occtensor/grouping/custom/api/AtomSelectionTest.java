package org.occtensor.grouping.custom.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.occtensor.core.api.Atom;
import org.occtensor.core.api.AtomTable;

class AtomSelectionTest {

    private static AtomTable threeAtoms() {
        return AtomTable.builder("three-atoms")
                .add(Atom.simple("N", "GLY", "A", 1, 0, 0, 0, "N"))
                .add(Atom.simple("CA", "GLY", "A", 1, 1, 0, 0, "C"))
                .add(Atom.simple("N", "ALA", "B", 2, 2, 0, 0, "N"))
                .build();
    }

    @Test
    void selectFlagsMatchingAtoms() throws Exception {
        AtomSelection selection = AtomSelection.parse("chain A and name N or resname ALA");

        assertArrayEquals(new boolean[] {true, false, true}, selection.select(threeAtoms()));
        assertEquals("chain A and name N or resname ALA", selection.expression());
    }

    @Test
    void parseErrorNamesColumn() {
        InvalidSelectionException e = assertThrows(InvalidSelectionException.class,
                () -> AtomSelection.parse("chain A and and name N"));

        assertEquals(13, e.column());
        assertTrue(e.getMessage().contains("column 13"), e.getMessage());
    }
}
