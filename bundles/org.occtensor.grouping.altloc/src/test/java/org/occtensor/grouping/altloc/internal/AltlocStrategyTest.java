package org.occtensor.grouping.altloc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.api.GroupingPlanBuilder;
import org.occtensor.core.spi.GroupingException;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.core.spi.GroupingStrategy;
import org.occtensor.grouping.testsupport.PdbFixture;
import org.occtensor.grouping.testsupport.PlanText;

/**
 * One inline model per case. Residues in the fixtures sit 3.8 A apart along x, so the C of one
 * residue is 1.3 A from the N of the next (bonded) unless a test moves it away.
 */
class AltlocStrategyTest {

    private static final GroupingOptions DEFAULTS = GroupingOptions.empty();

    private static GroupingPlanBuilder altloc(AtomTable atoms, GroupingOptions options) throws GroupingException {
        return PlanText.apply(atoms, options, new AltlocStrategy());
    }

    @Test
    void blankBackboneWithSideChainAltlocs() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("blank-backbone", """
                ATOM      1  N   GLU A  52       0.000   0.000   0.000  1.00 20.00           N
                ATOM      2  CA  GLU A  52       1.460   0.000   0.000  1.00 20.00           C
                ATOM      3  CB AGLU A  52       1.460   1.500   0.600  0.60 20.00           C
                ATOM      4  CB BGLU A  52       1.460   1.500   1.200  0.40 20.00           C
                ATOM      5  CG AGLU A  52       1.460   3.000   0.600  0.60 20.00           C
                ATOM      6  CG BGLU A  52       1.460   3.000   1.200  0.40 20.00           C
                ATOM      7  C   GLU A  52       2.500   0.000   0.000  1.00 20.00           C
                ATOM      8  O   GLU A  52       2.500  -1.200   0.000  1.00 20.00           O
                """);

        GroupingPlanBuilder plan = altloc(atoms, DEFAULTS);

        assertEquals(List.of(
                "A/GLU 52 altloc A [3, 5] refinable",
                "A/GLU 52 altloc B [4, 6] refinable",
                "ungrouped [1, 2, 7, 8]"), PlanText.groups(plan, atoms));
        assertEquals(List.of("complete: A/GLU 52 altloc A, A/GLU 52 altloc B"), PlanText.sets(plan));
        assertEquals(List.of("altloc"), plan.build().strategies());
        assertEquals(List.of(), plan.warnings());
    }

    @Test
    void insertionCodesMakeTwoResidues() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("insertion-codes", """
                ATOM      1  N   SER A  52       0.000   0.000   0.000  1.00 20.00           N
                ATOM      2  CA  SER A  52       1.460   0.000   0.000  1.00 20.00           C
                ATOM      3  CB ASER A  52       1.460   1.500   0.600  0.60 20.00           C
                ATOM      4  CB BSER A  52       1.460   1.500   1.200  0.40 20.00           C
                ATOM      5  OG ASER A  52       1.460   3.000   0.600  0.60 20.00           O
                ATOM      6  OG BSER A  52       1.460   3.000   1.200  0.40 20.00           O
                ATOM      7  C   SER A  52       2.500   0.000   0.000  1.00 20.00           C
                ATOM      8  N   THR A  52A      3.800   0.000   0.000  1.00 20.00           N
                ATOM      9  CA  THR A  52A      5.260   0.000   0.000  1.00 20.00           C
                ATOM     10  CB ATHR A  52A      5.260   1.500   0.600  0.70 20.00           C
                ATOM     11  CB BTHR A  52A      5.260   1.500   1.200  0.30 20.00           C
                ATOM     12  OG1ATHR A  52A      5.260   3.000   0.600  0.70 20.00           O
                ATOM     13  OG1BTHR A  52A      5.260   3.000   1.200  0.30 20.00           O
                ATOM     14  C   THR A  52A      6.300   0.000   0.000  1.00 20.00           C
                """);

        GroupingPlanBuilder plan = altloc(atoms, DEFAULTS);

        assertEquals(List.of(
                "A/SER 52 altloc A [3, 5] refinable",
                "A/SER 52 altloc B [4, 6] refinable",
                "A/THR 52A altloc A [10, 12] refinable",
                "A/THR 52A altloc B [11, 13] refinable",
                "ungrouped [1, 2, 7, 8, 9, 14]"), PlanText.groups(plan, atoms));
        assertEquals(List.of(
                "complete: A/SER 52 altloc A, A/SER 52 altloc B",
                "complete: A/THR 52A altloc A, A/THR 52A altloc B"), PlanText.sets(plan));
    }

    @Test
    void microheterogeneityIsOneResidue() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("microheterogeneity", """
                ATOM      1  N  AGLU A  60       0.000   0.000   0.600  0.55 20.00           N
                ATOM      2  CA AGLU A  60       1.460   0.000   0.600  0.55 20.00           C
                ATOM      3  CB AGLU A  60       1.460   1.500   0.600  0.55 20.00           C
                ATOM      4  CG AGLU A  60       1.460   3.000   0.600  0.55 20.00           C
                ATOM      5  N  BLYS A  60       0.000   0.000   1.200  0.45 20.00           N
                ATOM      6  CA BLYS A  60       1.460   0.000   1.200  0.45 20.00           C
                ATOM      7  CB BLYS A  60       1.460   1.500   1.200  0.45 20.00           C
                ATOM      8  CG BLYS A  60       1.460   3.000   1.200  0.45 20.00           C
                ATOM      9  CD BLYS A  60       1.460   4.500   1.200  0.45 20.00           C
                """);

        GroupingPlanBuilder plan = altloc(atoms, DEFAULTS);

        assertEquals(List.of(
                "A/GLU 60 altloc A [1, 2, 3, 4] refinable",
                "A/LYS 60 altloc B [5, 6, 7, 8, 9] refinable"), PlanText.groups(plan, atoms));
        assertEquals(List.of("complete: A/GLU 60 altloc A, A/LYS 60 altloc B"), PlanText.sets(plan));
    }

    @Test
    void ligandBelowFullOccupancyIsPartialSet() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("partial-ligand", """
                HETATM    1  C1 ALIG A 451       1.460   1.500   0.600  0.40 20.00           C
                HETATM    2  C1 BLIG A 451       1.460   1.500   1.200  0.30 20.00           C
                HETATM    3  C2 ALIG A 451       1.460   3.000   0.600  0.40 20.00           C
                HETATM    4  C2 BLIG A 451       1.460   3.000   1.200  0.30 20.00           C
                HETATM    5  O1 ALIG A 451       1.460   4.500   0.600  0.40 20.00           O
                HETATM    6  O1 BLIG A 451       1.460   4.500   1.200  0.30 20.00           O
                """);

        GroupingPlanBuilder plan = altloc(atoms, DEFAULTS);

        assertEquals(List.of(
                "A/LIG 451 altloc A [1, 3, 5] refinable",
                "A/LIG 451 altloc B [2, 4, 6] refinable"), PlanText.groups(plan, atoms));
        assertEquals(List.of("partial: A/LIG 451 altloc A, A/LIG 451 altloc B"), PlanText.sets(plan));
    }

    @Test
    void overfullSetIsCompleteWithWarning() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("overfull", """
                HETATM    1  O  AHOH A 301       2.500  -1.200   0.600  0.50 20.00           O
                HETATM    2  O  BHOH A 301       2.500  -1.200   1.200  0.50 20.00           O
                HETATM    3  O  CHOH A 301       2.500  -1.200   1.800  0.50 20.00           O
                HETATM    4  O  DHOH A 301       2.500  -1.200   2.400  0.50 20.00           O
                """);

        GroupingPlanBuilder plan = altloc(atoms, DEFAULTS);

        assertEquals(List.of(
                "A/HOH 301 altloc A [1] refinable",
                "A/HOH 301 altloc B [2] refinable",
                "A/HOH 301 altloc C [3] refinable",
                "A/HOH 301 altloc D [4] refinable"), PlanText.groups(plan, atoms));
        assertEquals(List.of("complete: A/HOH 301 altloc A, A/HOH 301 altloc B, A/HOH 301 altloc C, "
                + "A/HOH 301 altloc D"), PlanText.sets(plan));
        assertEquals(List.of("conformers A, B, C, D of A/HOH 301 sum to occupancy 2.00, above 1; "
                + "the occupancy tensor renormalises them to sum to 1"), plan.warnings());
    }

    @Test
    void adjacentMatchingResiduesShareGroups() throws GroupingException {
        GroupingPlanBuilder plan = altloc(loop(), DEFAULTS);

        assertEquals(List.of(
                "A/LEU 30-32 altloc A [3, 8, 13] refinable",
                "A/LEU 30-32 altloc B [4, 9, 14] refinable",
                "ungrouped [1, 2, 5, 6, 7, 10, 11, 12, 15]"), PlanText.groups(plan, loop()));
        assertEquals(List.of("complete: A/LEU 30-32 altloc A, A/LEU 30-32 altloc B"), PlanText.sets(plan));
    }

    @Test
    void linkNoneKeepsOneSetPerResidue() throws GroupingException {
        GroupingPlanBuilder plan = altloc(loop(), GroupingOptions.empty().with("link", "none"));

        assertEquals(List.of(
                "complete: A/LEU 30 altloc A, A/LEU 30 altloc B",
                "complete: A/SER 31 altloc A, A/SER 31 altloc B",
                "complete: A/VAL 32 altloc A, A/VAL 32 altloc B"), PlanText.sets(plan));
    }

    @Test
    void linkStopsWhereOccupanciesChange() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("occupancy-change", """
                ATOM      1  N   LEU A  30       0.000   0.000   0.000  1.00 20.00           N
                ATOM      2  CA  LEU A  30       1.460   0.000   0.000  1.00 20.00           C
                ATOM      3  CB ALEU A  30       1.460   1.500   0.600  0.60 20.00           C
                ATOM      4  CB BLEU A  30       1.460   1.500   1.200  0.40 20.00           C
                ATOM      5  C   LEU A  30       2.500   0.000   0.000  1.00 20.00           C
                ATOM      6  N   SER A  31       3.800   0.000   0.000  1.00 20.00           N
                ATOM      7  CA  SER A  31       5.260   0.000   0.000  1.00 20.00           C
                ATOM      8  CB ASER A  31       5.260   1.500   0.600  0.61 20.00           C
                ATOM      9  CB BSER A  31       5.260   1.500   1.200  0.39 20.00           C
                ATOM     10  C   SER A  31       6.300   0.000   0.000  1.00 20.00           C
                ATOM     11  N   VAL A  32       7.600   0.000   0.000  1.00 20.00           N
                ATOM     12  CA  VAL A  32       9.060   0.000   0.000  1.00 20.00           C
                ATOM     13  CB AVAL A  32       9.060   1.500   0.600  0.70 20.00           C
                ATOM     14  CB BVAL A  32       9.060   1.500   1.200  0.30 20.00           C
                ATOM     15  C   VAL A  32      10.100   0.000   0.000  1.00 20.00           C
                """);

        GroupingPlanBuilder plan = altloc(atoms, DEFAULTS);

        assertEquals(List.of(
                "A/LEU 30-31 altloc A [3, 8] refinable",
                "A/LEU 30-31 altloc B [4, 9] refinable",
                "A/VAL 32 altloc A [13] refinable",
                "A/VAL 32 altloc B [14] refinable",
                "ungrouped [1, 2, 5, 6, 7, 10, 11, 12, 15]"), PlanText.groups(plan, atoms));
        assertEquals(List.of(
                "complete: A/LEU 30-31 altloc A, A/LEU 30-31 altloc B",
                "complete: A/VAL 32 altloc A, A/VAL 32 altloc B"), PlanText.sets(plan));
    }

    @Test
    void linkNeedsCovalentBond() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("chain-break", """
                ATOM      1  N   LEU A  30       0.000   0.000   0.000  1.00 20.00           N
                ATOM      2  CA  LEU A  30       1.460   0.000   0.000  1.00 20.00           C
                ATOM      3  CB ALEU A  30       1.460   1.500   0.600  0.60 20.00           C
                ATOM      4  CB BLEU A  30       1.460   1.500   1.200  0.40 20.00           C
                ATOM      5  C   LEU A  30       2.500   0.000   0.000  1.00 20.00           C
                ATOM      6  N   SER A  31       3.800   0.000   0.000  1.00 20.00           N
                ATOM      7  CA  SER A  31       5.260   0.000   0.000  1.00 20.00           C
                ATOM      8  CB ASER A  31       5.260   1.500   0.600  0.60 20.00           C
                ATOM      9  CB BSER A  31       5.260   1.500   1.200  0.40 20.00           C
                ATOM     10  C   SER A  31       6.300   0.000   0.000  1.00 20.00           C
                ATOM     11  N   VAL A  35      19.000   0.000   0.000  1.00 20.00           N
                ATOM     12  CA  VAL A  35      20.460   0.000   0.000  1.00 20.00           C
                ATOM     13  CB AVAL A  35      20.460   1.500   0.600  0.60 20.00           C
                ATOM     14  CB BVAL A  35      20.460   1.500   1.200  0.40 20.00           C
                ATOM     15  C   VAL A  35      21.500   0.000   0.000  1.00 20.00           C
                HETATM   16  O  AHOH A 301      40.000  -1.200   0.600  0.50 20.00           O
                HETATM   17  O  BHOH A 301      40.000  -1.200   1.200  0.50 20.00           O
                HETATM   18  O  AHOH A 302      43.800  -1.200   0.600  0.50 20.00           O
                HETATM   19  O  BHOH A 302      43.800  -1.200   1.200  0.50 20.00           O
                """);

        GroupingPlanBuilder plan = altloc(atoms, DEFAULTS);

        assertEquals(List.of(
                "complete: A/LEU 30-31 altloc A, A/LEU 30-31 altloc B",
                "complete: A/VAL 35 altloc A, A/VAL 35 altloc B",
                "complete: A/HOH 301 altloc A, A/HOH 301 altloc B",
                "complete: A/HOH 302 altloc A, A/HOH 302 altloc B"), PlanText.sets(plan));
    }

    @Test
    void linkNeedsSameAltlocIds() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("different-ids", """
                ATOM      1  N   LEU A  30       0.000   0.000   0.000  1.00 20.00           N
                ATOM      2  CA  LEU A  30       1.460   0.000   0.000  1.00 20.00           C
                ATOM      3  CB ALEU A  30       1.460   1.500   0.600  0.60 20.00           C
                ATOM      4  CB BLEU A  30       1.460   1.500   1.200  0.40 20.00           C
                ATOM      5  C   LEU A  30       2.500   0.000   0.000  1.00 20.00           C
                ATOM      6  N   SER A  31       3.800   0.000   0.000  1.00 20.00           N
                ATOM      7  CA  SER A  31       5.260   0.000   0.000  1.00 20.00           C
                ATOM      8  CB ASER A  31       5.260   1.500   0.600  0.60 20.00           C
                ATOM      9  CB BSER A  31       5.260   1.500   1.200  0.20 20.00           C
                ATOM     10  CB CSER A  31       5.260   1.500   1.800  0.20 20.00           C
                ATOM     11  C   SER A  31       6.300   0.000   0.000  1.00 20.00           C
                """);

        GroupingPlanBuilder plan = altloc(atoms, DEFAULTS);

        assertEquals(List.of(
                "complete: A/LEU 30 altloc A, A/LEU 30 altloc B",
                "complete: A/SER 31 altloc A, A/SER 31 altloc B, A/SER 31 altloc C"), PlanText.sets(plan));
    }

    @Test
    void strayAltlocBelowOneIsPartialSet() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("stray-partial", """
                ATOM      1  N   GLY A  12       0.000   0.000   0.000  1.00 20.00           N
                ATOM      2  CA  GLY A  12       1.460   0.000   0.000  1.00 20.00           C
                ATOM      3  C  AGLY A  12       2.500   0.000   0.600  0.60 20.00           C
                ATOM      4  O   GLY A  12       2.500  -1.200   0.000  1.00 20.00           O
                """);

        GroupingPlanBuilder plan = altloc(atoms, DEFAULTS);

        assertEquals(List.of(
                "A/GLY 12 altloc A [3] refinable",
                "ungrouped [1, 2, 4]"), PlanText.groups(plan, atoms));
        assertEquals(List.of("partial: A/GLY 12 altloc A"), PlanText.sets(plan));
        assertEquals(List.of("A/GLY 12 altloc A is the only ungrouped altloc id of its residue (C, occupancy 0.60); "
                + "it becomes a partial conformer set of one group"), plan.warnings());
    }

    @Test
    void strayAltlocAtOneIsLeftAlone() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("stray-full", """
                ATOM      1  N   GLY A  12       0.000   0.000   0.000  1.00 20.00           N
                ATOM      2  CA  GLY A  12       1.460   0.000   0.000  1.00 20.00           C
                ATOM      3  C  AGLY A  12       2.500   0.000   0.600  1.00 20.00           C
                ATOM      4  O   GLY A  12       2.500  -1.200   0.000  1.00 20.00           O
                """);
        GroupingPlanBuilder builder = GroupingPlan.builder(atoms);

        new AltlocStrategy().apply(atoms, DEFAULTS, builder);

        assertEquals(0, builder.groupCount());
        assertEquals(List.of(), builder.conformerSets());
        assertEquals(List.of("A/GLY 12 altloc A is the only ungrouped altloc id of its residue (C) at full occupancy; "
                + "its atoms are left to later strategies like blank-altloc atoms"), builder.warnings());
    }

    @Test
    void lowercaseAndNumericAltlocIds() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("odd-ids", """
                ATOM      1  CB aSER A  40       1.460   1.500   0.600  0.50 20.00           C
                ATOM      2  CB bSER A  40       1.460   1.500   1.200  0.50 20.00           C
                ATOM      3  OG aSER A  40       1.460   3.000   0.600  0.50 20.00           O
                ATOM      4  OG bSER A  40       1.460   3.000   1.200  0.50 20.00           O
                ATOM      5  CB 1THR A  41      16.660   1.500   0.600  0.70 20.00           C
                ATOM      6  CB 2THR A  41      16.660   1.500   1.200  0.30 20.00           C
                ATOM      7  OG11THR A  41      16.660   3.000   0.600  0.70 20.00           O
                ATOM      8  OG12THR A  41      16.660   3.000   1.200  0.30 20.00           O
                ATOM      9  CB AVAL A  42      31.860   1.500   0.600  0.50 20.00           C
                ATOM     10  CB aVAL A  42      31.860   1.500   1.200  0.50 20.00           C
                """);

        GroupingPlanBuilder plan = altloc(atoms, DEFAULTS);

        assertEquals(List.of(
                "A/SER 40 altloc a [1, 3] refinable",
                "A/SER 40 altloc b [2, 4] refinable",
                "A/THR 41 altloc 1 [5, 7] refinable",
                "A/THR 41 altloc 2 [6, 8] refinable",
                "A/VAL 42 altloc A [9] refinable",
                "A/VAL 42 altloc a [10] refinable"), PlanText.groups(plan, atoms));
        assertEquals(3, plan.conformerSets().size());
    }

    @Test
    void hydrogenInOneConformerOnly() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("hydrogen-in-A", """
                ATOM      1  CB ASER A  15       1.460   1.500   0.600  0.53 20.00           C
                ATOM      2  OG ASER A  15       1.460   3.000   0.600  0.53 20.00           O
                ATOM      3  HG ASER A  15       1.460   4.500   0.600  0.53 20.00           H
                ATOM      4  CB BSER A  15       1.460   1.500   1.200  0.47 20.00           C
                ATOM      5  OG BSER A  15       1.460   3.000   1.200  0.47 20.00           O
                """);

        GroupingPlanBuilder plan = altloc(atoms, DEFAULTS);

        assertEquals(List.of(
                "A/SER 15 altloc A [1, 2, 3] refinable",
                "A/SER 15 altloc B [4, 5] refinable"), PlanText.groups(plan, atoms));
        assertEquals(List.of("complete: A/SER 15 altloc A, A/SER 15 altloc B"), PlanText.sets(plan));
    }

    @Test
    void mixedOccupanciesInOneConformerWarn() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("mixed-occupancy", """
                ATOM      1  CB ALYS A  20       1.460   1.500   0.600  0.48 20.00           C
                ATOM      2  CG ALYS A  20       1.460   3.000   0.600  0.48 20.00           C
                ATOM      3  CD ALYS A  20       1.460   4.500   0.600  0.28 20.00           C
                ATOM      4  CB BLYS A  20       1.460   1.500   1.200  0.59 20.00           C
                ATOM      5  CG BLYS A  20       1.460   3.000   1.200  0.59 20.00           C
                ATOM      6  CD BLYS A  20       1.460   4.500   1.200  0.59 20.00           C
                """);

        GroupingPlanBuilder plan = altloc(atoms, DEFAULTS);

        assertEquals(List.of(
                "A/LYS 20 altloc A [1, 2, 3] refinable",
                "A/LYS 20 altloc B [4, 5, 6] refinable"), PlanText.groups(plan, atoms));
        assertEquals(List.of("complete: A/LYS 20 altloc A, A/LYS 20 altloc B"), PlanText.sets(plan),
                "0.41 + 0.59 sums to 1 within the tolerance");
        assertEquals(List.of("atoms of A/LYS 20 altloc A have different occupancies (0.48: CB, CG; 0.28: CD); "
                + "they share one group starting at the mean 0.41"), plan.warnings());
    }

    @Test
    void identicalConformersWarn() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("identical", """
                ATOM      1  CB ASER A  25       1.460   1.500   0.600  0.50 20.00           C
                ATOM      2  OG ASER A  25       1.460   3.000   0.600  0.50 20.00           O
                ATOM      3  CB BSER A  25       1.460   1.500   0.600  0.50 20.00           C
                ATOM      4  OG BSER A  25       1.460   3.000   0.600  0.50 20.00           O
                """);

        GroupingPlanBuilder plan = altloc(atoms, DEFAULTS);

        assertEquals(List.of("complete: A/SER 25 altloc A, A/SER 25 altloc B"), PlanText.sets(plan));
        assertEquals(List.of("conformers A and B of A/SER 25 have identical coordinates (2 atoms compared by "
                + "name); the data cannot determine their occupancy split"), plan.warnings());
    }

    @Test
    void atomsGroupedEarlierAreLeftAlone() throws GroupingException {
        AtomTable atoms = loop();
        GroupingPlanBuilder plan = GroupingPlan.builder(atoms);
        int earlier = plan.addGroup("earlier", 7, 8);

        new AltlocStrategy().apply(atoms, DEFAULTS, plan);

        assertEquals(List.of(
                "earlier [8, 9] fixed",
                "A/LEU 30 altloc A [3] refinable",
                "A/LEU 30 altloc B [4] refinable",
                "A/VAL 32 altloc A [13] refinable",
                "A/VAL 32 altloc B [14] refinable",
                "ungrouped [1, 2, 5, 6, 7, 10, 11, 12, 15]"), PlanText.groups(plan, atoms));
        assertEquals(0, earlier);
        assertEquals(List.of(
                "complete: A/LEU 30 altloc A, A/LEU 30 altloc B",
                "complete: A/VAL 32 altloc A, A/VAL 32 altloc B"), PlanText.sets(plan),
                "residue 31 has no ungrouped altloc atom, so it breaks the run");
    }

    @Test
    void toleranceDecidesCompleteOrPartial() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("sum-0.95", """
                ATOM      1  CB ASER A  15       1.460   1.500   0.600  0.50 20.00           C
                ATOM      2  CB BSER A  15       1.460   1.500   1.200  0.45 20.00           C
                """);

        assertEquals(List.of("partial: A/SER 15 altloc A, A/SER 15 altloc B"),
                PlanText.sets(altloc(atoms, DEFAULTS)));
        assertEquals(List.of("complete: A/SER 15 altloc A, A/SER 15 altloc B"),
                PlanText.sets(altloc(atoms, GroupingOptions.empty().with("tolerance", "0.06"))));
    }

    @Test
    void sumExactlyAtToleranceIsComplete() throws GroupingException {
        AtomTable atoms = PdbFixture.parse("sum-0.98", """
                ATOM      1  CB ASER A  15       1.460   1.500   0.600  0.60 20.00           C
                ATOM      2  CB BSER A  15       1.460   1.500   1.200  0.38 20.00           C
                """);

        assertEquals(List.of("complete: A/SER 15 altloc A, A/SER 15 altloc B"),
                PlanText.sets(altloc(atoms, DEFAULTS)), "0.60 + 0.38 is 1 - 0.02 up to rounding");
    }

    @Test
    void invalidOptionsAreRejected() {
        AtomTable atoms = loop();

        GroupingException link = assertThrows(GroupingException.class,
                () -> altloc(atoms, GroupingOptions.empty().with("link", "chain")));
        assertEquals("invalid value 'chain' for option link: expected adjacent or none", link.getMessage());
        GroupingException tolerance = assertThrows(GroupingException.class,
                () -> altloc(atoms, GroupingOptions.empty().with("tolerance", "big")));
        assertTrue(tolerance.getMessage().contains("'big'"), tolerance.getMessage());
    }

    @Test
    void serviceLoaderFindsStrategy() {
        List<String> names = ServiceLoader.load(GroupingStrategy.class).stream()
                .map(provider -> provider.get().name()).toList();

        assertTrue(names.contains("altloc"), names.toString());
    }

    /** Residues 30 to 32 of chain A, bonded, each with CB in altloc A at 0.6 and B at 0.4. */
    private static AtomTable loop() {
        return PdbFixture.parse("loop", """
                ATOM      1  N   LEU A  30       0.000   0.000   0.000  1.00 20.00           N
                ATOM      2  CA  LEU A  30       1.460   0.000   0.000  1.00 20.00           C
                ATOM      3  CB ALEU A  30       1.460   1.500   0.600  0.60 20.00           C
                ATOM      4  CB BLEU A  30       1.460   1.500   1.200  0.40 20.00           C
                ATOM      5  C   LEU A  30       2.500   0.000   0.000  1.00 20.00           C
                ATOM      6  N   SER A  31       3.800   0.000   0.000  1.00 20.00           N
                ATOM      7  CA  SER A  31       5.260   0.000   0.000  1.00 20.00           C
                ATOM      8  CB ASER A  31       5.260   1.500   0.600  0.60 20.00           C
                ATOM      9  CB BSER A  31       5.260   1.500   1.200  0.40 20.00           C
                ATOM     10  C   SER A  31       6.300   0.000   0.000  1.00 20.00           C
                ATOM     11  N   VAL A  32       7.600   0.000   0.000  1.00 20.00           N
                ATOM     12  CA  VAL A  32       9.060   0.000   0.000  1.00 20.00           C
                ATOM     13  CB AVAL A  32       9.060   1.500   0.600  0.60 20.00           C
                ATOM     14  CB BVAL A  32       9.060   1.500   1.200  0.40 20.00           C
                ATOM     15  C   VAL A  32      10.100   0.000   0.000  1.00 20.00           C
                """);
    }
}
