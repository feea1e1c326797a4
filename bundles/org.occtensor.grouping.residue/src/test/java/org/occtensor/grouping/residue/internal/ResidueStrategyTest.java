package org.occtensor.grouping.residue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlanBuilder;
import org.occtensor.core.spi.GroupingException;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.core.spi.GroupingStrategy;
import org.occtensor.grouping.altloc.internal.AltlocStrategy;
import org.occtensor.grouping.testsupport.PdbFixture;
import org.occtensor.grouping.testsupport.PlanText;

class ResidueStrategyTest {

    private static final GroupingOptions DEFAULTS = GroupingOptions.empty();

    private static GroupingPlanBuilder residue(AtomTable atoms, GroupingOptions options) throws GroupingException {
        return PlanText.apply(atoms, options, new ResidueStrategy());
    }

    @Test
    void uniformLigandIsOneRefinableGroup() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("ligand-0.75", """
                HETATM    1  C1  LIG A 501       1.460   1.500   0.000  0.75 20.00           C
                HETATM    2  C2  LIG A 501       1.460   3.000   0.000  0.75 20.00           C
                HETATM    3  O1  LIG A 501       1.460   4.500   0.000  0.75 20.00           O
                """);

        GroupingPlanBuilder plan = residue(atoms, DEFAULTS);

        assertEquals(List.of("A/LIG 501 [1, 2, 3] refinable"), PlanText.groups(plan, atoms));
        assertEquals(List.of(), plan.conformerSets());
        assertEquals(List.of("residue"), plan.build().strategies());
    }

    @Test
    void fullWaterIsOneFixedGroup() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("water", """
                HETATM    1  O   HOH A 301       2.500  -1.200   0.000  1.00 20.00           O
                HETATM    2  O   HOH A 302       6.300  -1.200   0.000  0.99 20.00           O
                HETATM    3  O   HOH A 303      10.100  -1.200   0.000  0.97 20.00           O
                """);

        GroupingPlanBuilder plan = residue(atoms, DEFAULTS);

        assertEquals(List.of(
                "A/HOH 301 [1] fixed",
                "A/HOH 302 [2] fixed",
                "A/HOH 303 [3] refinable"), PlanText.groups(plan, atoms),
                "refinable below 1 - 0.02");
    }

    @Test
    void mixedOccupanciesGiveOneGroupPerAtom() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("mixed", """
                HETATM    1  C1  LIG A 501       1.460   1.500   0.000  1.00 20.00           C
                HETATM    2  C2  LIG A 501       1.460   3.000   0.000  0.50 20.00           C
                HETATM    3  O1  LIG A 501       1.460   4.500   0.000  1.00 20.00           O
                """);

        GroupingPlanBuilder plan = residue(atoms, DEFAULTS);

        assertEquals(List.of(
                "A/LIG 501/C1 [1] fixed",
                "A/LIG 501/C2 [2] refinable",
                "A/LIG 501/O1 [3] fixed"), PlanText.groups(plan, atoms));
    }

    @Test
    void occupanciesWithinToleranceAgree() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("within-tolerance", """
                HETATM    1  C1  LIG A 501       1.460   1.500   0.000  0.75 20.00           C
                HETATM    2  C2  LIG A 501       1.460   3.000   0.000  0.76 20.00           C
                HETATM    3  O1  LIG A 501       1.460   4.500   0.000  0.77 20.00           O
                """);

        assertEquals(List.of("A/LIG 501 [1, 2, 3] refinable"), PlanText.groups(residue(atoms, DEFAULTS), atoms));
        assertEquals(3, residue(atoms, GroupingOptions.empty().with("tolerance", "0.01")).groupCount(),
                "a spread of 0.02 exceeds a tolerance of 0.01");
    }

    @Test
    void alwaysModeForcesOneGroupPerResidue() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("mixed", """
                HETATM    1  C1  LIG A 501       1.460   1.500   0.000  1.00 20.00           C
                HETATM    2  C2  LIG A 501       1.460   3.000   0.000  0.50 20.00           C
                HETATM    3  O1  LIG A 501       1.460   4.500   0.000  1.00 20.00           O
                """);

        GroupingPlanBuilder plan = residue(atoms, GroupingOptions.empty().with("residue-mode", "always"));

        assertEquals(List.of("A/LIG 501 [1, 2, 3] refinable"), PlanText.groups(plan, atoms),
                "the mean 0.83 is below 1 - 0.02");
    }

    @Test
    void residueIdentityIgnoresResidueName() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("microheterogeneity", """
                ATOM      1  CB AGLU A  60       1.460   1.500   0.600  0.50 20.00           C
                ATOM      2  CB BLYS A  60       1.460   1.500   1.200  0.50 20.00           C
                ATOM      3  CB  SER A  60A      5.260   1.500   0.000  0.50 20.00           C
                """);

        GroupingPlanBuilder plan = residue(atoms, DEFAULTS);

        assertEquals(List.of(
                "A/GLU 60 [1, 2] refinable",
                "A/SER 60A [3] refinable"), PlanText.groups(plan, atoms));
    }

    @Test
    void groupsOnlyAtomsLeftByAltloc() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("blank-backbone", """
                ATOM      1  N   GLU A  52       0.000   0.000   0.000  1.00 20.00           N
                ATOM      2  CA  GLU A  52       1.460   0.000   0.000  1.00 20.00           C
                ATOM      3  CB AGLU A  52       1.460   1.500   0.600  0.60 20.00           C
                ATOM      4  CB BGLU A  52       1.460   1.500   1.200  0.40 20.00           C
                ATOM      5  CG AGLU A  52       1.460   3.000   0.600  0.60 20.00           C
                ATOM      6  CG BGLU A  52       1.460   3.000   1.200  0.40 20.00           C
                ATOM      7  C   GLU A  52       2.500   0.000   0.000  1.00 20.00           C
                ATOM      8  O   GLU A  52       2.500  -1.200   0.000  1.00 20.00           O
                HETATM    9  O   HOH A 301       9.000  -1.200   0.000  0.75 20.00           O
                """);

        GroupingPlanBuilder plan = PlanText.apply(atoms, DEFAULTS, new AltlocStrategy(), new ResidueStrategy());

        assertEquals(List.of(
                "A/GLU 52 altloc A [3, 5] refinable",
                "A/GLU 52 altloc B [4, 6] refinable",
                "A/GLU 52 [1, 2, 7, 8] fixed",
                "A/HOH 301 [9] refinable"), PlanText.groups(plan, atoms));
        assertEquals(List.of("complete: A/GLU 52 altloc A, A/GLU 52 altloc B"), PlanText.sets(plan));
        assertEquals(List.of("altloc", "residue"), plan.build().strategies());
    }

    @Test
    void strayAltlocAtomAtOneJoinsItsResidue() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("stray-full", """
                ATOM      1  N   GLY A  12       0.000   0.000   0.000  1.00 20.00           N
                ATOM      2  CA  GLY A  12       1.460   0.000   0.000  1.00 20.00           C
                ATOM      3  C  AGLY A  12       2.500   0.000   0.600  1.00 20.00           C
                ATOM      4  O   GLY A  12       2.500  -1.200   0.000  1.00 20.00           O
                """);

        GroupingPlanBuilder plan = PlanText.apply(atoms, DEFAULTS, new AltlocStrategy(), new ResidueStrategy());

        assertEquals(List.of("A/GLY 12 [1, 2, 3, 4] fixed"), PlanText.groups(plan, atoms));
    }

    @Test
    void invalidModeIsRejected() {
        AtomTable atoms = PdbFixture.parse("water", """
                HETATM    1  O   HOH A 301       2.500  -1.200   0.000  1.00 20.00           O
                """);

        GroupingException e = assertThrows(GroupingException.class,
                () -> residue(atoms, GroupingOptions.empty().with("residue-mode", "sometimes")));
        assertEquals("invalid value 'sometimes' for option residue-mode: expected uniform or always", e.getMessage());
    }

    @Test
    void serviceLoaderFindsStrategy() {
        List<String> names = ServiceLoader.load(GroupingStrategy.class).stream()
                .map(provider -> provider.get().name()).toList();

        assertTrue(names.contains("residue"), names.toString());
    }
}
