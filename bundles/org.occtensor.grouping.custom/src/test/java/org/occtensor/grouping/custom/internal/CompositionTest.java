package org.occtensor.grouping.custom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlanBuilder;
import org.occtensor.core.spi.GroupingException;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.grouping.altloc.internal.AltlocStrategy;
import org.occtensor.grouping.residue.internal.ResidueStrategy;
import org.occtensor.grouping.testsupport.PdbFixture;
import org.occtensor.grouping.testsupport.PlanText;

/**
 * Strategies in the order {@code custom,altloc,residue}, with the example group file: altloc A of
 * Tyr 30 is tied to altloc A of ligand 451 while A and B of each still sum to 1.
 */
class CompositionTest {

    /** Tyr 30 and Ser 31 are bonded and would be linked by altloc if custom left Tyr 30 to it. */
    private static final AtomTable ATOMS = PdbFixture.parse("composition", """
            ATOM      1  N   TYR A  30       0.000   0.000   0.000  1.00 20.00           N
            ATOM      2  CA  TYR A  30       1.460   0.000   0.000  1.00 20.00           C
            ATOM      3  CB ATYR A  30       1.460   1.500   0.600  0.60 20.00           C
            ATOM      4  CB BTYR A  30       1.460   1.500   1.200  0.40 20.00           C
            ATOM      5  CG ATYR A  30       1.460   3.000   0.600  0.60 20.00           C
            ATOM      6  CG BTYR A  30       1.460   3.000   1.200  0.40 20.00           C
            ATOM      7  C   TYR A  30       2.500   0.000   0.000  1.00 20.00           C
            ATOM      8  O   TYR A  30       2.500  -1.200   0.000  1.00 20.00           O
            ATOM      9  N   SER A  31       3.800   0.000   0.000  1.00 20.00           N
            ATOM     10  CA  SER A  31       5.260   0.000   0.000  1.00 20.00           C
            ATOM     11  CB ASER A  31       5.260   1.500   0.600  0.60 20.00           C
            ATOM     12  CB BSER A  31       5.260   1.500   1.200  0.40 20.00           C
            ATOM     13  C   SER A  31       6.300   0.000   0.000  1.00 20.00           C
            HETATM   14  C1 ALIG A 451      20.460   1.500   0.600  0.60 20.00           C
            HETATM   15  C1 BLIG A 451      20.460   1.500   1.200  0.40 20.00           C
            HETATM   16  O1 ALIG A 451      20.460   3.000   0.600  0.60 20.00           O
            HETATM   17  O1 BLIG A 451      20.460   3.000   1.200  0.40 20.00           O
            HETATM   18  C1  LIG A 452      31.860   1.500   0.000  0.80 20.00           C
            HETATM   19  C2  LIG A 452      31.860   3.000   0.000  0.80 20.00           C
            HETATM   20  O   HOH A 301      44.300  -1.200   0.000  0.50 20.00           O
            HETATM   21  O   HOH B 401      51.900  -1.200   0.000  0.70 20.00           O
            HETATM   22  O   HOH B 402      59.500  -1.200   0.000  1.00 20.00           O
            """);

    private static GroupingOptions exampleFile() {
        return GroupingOptions.empty().with("custom", GroupFileReaderTest.resource("example-groups.json").toString());
    }

    @Test
    void customThenAltlocThenResidue() throws GroupingException {
        GroupingPlanBuilder plan = PlanText.apply(ATOMS, exampleFile(),
                new CustomStrategy(), new AltlocStrategy(), new ResidueStrategy());

        assertEquals(List.of(
                "ligand 452 [18, 19] refinable",
                "30+451 altloc A [3, 5, 14, 16] refinable",
                "30+451 altloc B [4, 6, 15, 17] refinable",
                "B/HOH 401/O (fixed) [21] fixed",
                "B/HOH 402/O (fixed) [22] fixed",
                "A/SER 31 altloc A [11] refinable",
                "A/SER 31 altloc B [12] refinable",
                "A/TYR 30 [1, 2, 7, 8] fixed",
                "A/SER 31 [9, 10, 13] fixed",
                "A/HOH 301 [20] refinable"), PlanText.groups(plan, ATOMS));
        assertEquals(List.of(
                "complete: 30+451 altloc A, 30+451 altloc B",
                "complete: A/SER 31 altloc A, A/SER 31 altloc B"), PlanText.sets(plan));
        assertEquals(List.of("custom", "altloc", "residue"), plan.build().strategies());
        assertEquals(List.of(), plan.warnings());
    }

    @Test
    void altlocWithoutCustomLinksTyrAndSer() throws GroupingException {
        GroupingPlanBuilder plan = PlanText.apply(ATOMS, GroupingOptions.empty(),
                new AltlocStrategy(), new ResidueStrategy());

        assertEquals(List.of(
                "complete: A/TYR 30-31 altloc A, A/TYR 30-31 altloc B",
                "complete: A/LIG 451 altloc A, A/LIG 451 altloc B"), PlanText.sets(plan));
        assertEquals("A/LIG 452 [18, 19] refinable", PlanText.groups(plan, ATOMS).get(6));
    }

    @Test
    void customAfterAltlocFindsTiedAtomsTaken() {
        GroupingException e = assertThrows(GroupingException.class, () -> PlanText.apply(ATOMS, exampleFile(),
                new AltlocStrategy(), new CustomStrategy(), new ResidueStrategy()));

        assertTrue(e.getMessage().contains("conformerSets[0].members[0] \"30+451 altloc A\""), e.getMessage());
        assertTrue(e.getMessage().endsWith("run custom first"), e.getMessage());
    }
}
