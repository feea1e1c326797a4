package org.occtensor.grouping.custom.internal.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.occtensor.core.api.AtomTable;
import org.occtensor.grouping.testsupport.PdbFixture;

class SelectionParserTest {

    private static final AtomTable ATOMS = PdbFixture.parse("selection-fixture", """
            ATOM      1  N   GLU A  52       0.000   0.000   0.000  1.00 20.00           N
            ATOM      2  CA  GLU A  52       1.460   0.000   0.000  1.00 20.00           C
            ATOM      3  CB AGLU A  52       1.460   1.500   0.600  0.60 20.00           C
            ATOM      4  CB BGLU A  52       1.460   1.500   1.200  0.40 20.00           C
            ATOM      5  N   SER A  52A      3.800   0.000   0.000  1.00 20.00           N
            ATOM      6  CA  SER A  52A      5.260   0.000   0.000  1.00 20.00           C
            ATOM      7  N   THR A  53       7.600   0.000   0.000  1.00 20.00           N
            ATOM      8  N   ALA B  60      11.400   0.000   0.000  1.00 20.00           N
            HETATM    9 FE   HEM A 451      20.460   1.500   0.000  1.00 20.00          FE
            HETATM   10  O   HOH A 301      29.100  -1.200   0.000  1.00 20.00           O
            HETATM   11  O   HOH B 302      36.700  -1.200   0.000  1.00 20.00           O
            ATOM     12  N  aLYS A  -3      41.800   0.000   0.600  0.50 20.00           N
            """);

    /** Returns the serials of the atoms {@code expression} selects. */
    private static String select(String expression) throws SelectionSyntaxException {
        Selection selection = SelectionParser.parse(expression);
        List<String> serials = new ArrayList<>();
        for (int a = 0; a < ATOMS.size(); a++) {
            if (selection.matches(ATOMS, a)) {
                serials.add(Integer.toString(ATOMS.serial(a)));
            }
        }
        return String.join(" ", serials);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            all                                  | 1 2 3 4 5 6 7 8 9 10 11 12
            chain B                              | 8 11
            chain b                              | ``
            resseq 52                            | 1 2 3 4
            resseq 52A                           | 5 6
            resid 52A                            | 5 6
            resseq 52A:53                        | 5 6 7
            resseq 52:52A                        | 1 2 3 4 5 6
            resseq 52:60                         | 1 2 3 4 5 6 7 8
            resseq -3                            | 12
            resseq -5:0                          | 12
            resname glu                          | 1 2 3 4
            resname H*                           | 9 10 11
            name CA                              | 2 6
            name c?                              | 2 3 4 6
            altloc A                             | 3
            altloc a                             | 12
            altloc ' ' and chain B               | 8 11
            element fe                           | 9
            hetero                               | 9 10 11
            hetatm                               | 9 10 11
            water                                | 10 11
            chain A and resseq 52 or chain B     | 1 2 3 4 8 11
            chain B or chain A and resseq 52     | 1 2 3 4 8 11
            chain A and (resseq 52 or water)     | 1 2 3 4 10
            not hetero and chain B               | 8
            not (hetero and chain B)             | 1 2 3 4 5 6 7 8 9 10 12
            not not water                        | 10 11
            CHAIN B AND Water                    | 11
            name "N" and not resname 'LYS'       | 1 5 7 8
            """)
    void selectsAtoms(String expression, String serials) throws SelectionSyntaxException {
        assertEquals(serials, select(expression));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``                     | 1  | the selection is empty
            chain                  | 6  | expected a value after 'chain', found the end of the selection
            chain A and            | 12 | expected a selection, found the end of the selection
            chain A and (resseq 5  | 22 | missing ')' to close the '(' at column 13
            resseq 5:x             | 10 | expected a residue number with an optional insertion code (52, 52A, -3), found 'x'
            resseq 60:52           | 8  | the range 60:52 is empty; write the lower residue first
            chian A                | 1  | unknown keyword 'chian'; expected one of all, altloc, chain, element, hetero, name, not, resid, resname, resseq, water
            chain A resseq 5       | 9  | expected 'and', 'or' or the end, found 'resseq'
            altloc AB              | 8  | altloc takes one character, found 'AB'
            name 'CA               | 6  | unterminated quote '
            chain A and )          | 13 | expected a selection before ')'
            chain and water        | 7  | expected a value after 'chain', found 'and' (quote it if it is meant as a value)
            'water'                | 1  | expected a keyword, found the quoted value 'water'
            (water                 | 7  | missing ')' to close the '(' at column 1
            """)
    void syntaxErrorNamesColumn(String expression, int column, String problem) {
        SelectionSyntaxException e = assertThrows(SelectionSyntaxException.class,
                () -> SelectionParser.parse(expression));

        assertEquals(column, e.column());
        assertEquals("invalid selection \"" + expression + "\" at column " + column + ": " + problem, e.getMessage());
    }

    @Test
    void quotedKeywordIsValue() throws SelectionSyntaxException {
        AtomTable atoms = PdbFixture.parse("chain-named-or", """
                ATOM      1  N   GLY o   1       0.000   0.000   0.000  1.00 20.00           N
                """);

        assertEquals(true, SelectionParser.parse("resname 'gly' and chain 'o'").matches(atoms, 0));
    }
}
