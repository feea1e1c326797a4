package org.occtensor.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.occtensor.core.api.AtomTable;
import org.occtensor.io.api.ModelFormat;
import org.occtensor.io.api.ModelReader;

/**
 * Alternate locations that BioJava represents with copied atoms: each record must give exactly
 * one row, in file order, for PDB and for gemmi's mmCIF conversion of the same model.
 */
class AltlocFixtureTest {

    private static final String[] FIXTURES = {"altloc_blank_backbone", "microheterogeneity", "insertion_altlocs",
            "anisou_charges", "two_models"};

    private final ModelReader reader = new ModelReader();

    @ParameterizedTest
    @ValueSource(strings = {"altloc_blank_backbone", "microheterogeneity", "insertion_altlocs", "anisou_charges"})
    void rowCountEqualsRecordCount(String name) throws Exception {
        Path pdb = TestFiles.fixture(name + ".pdb");
        Path cif = TestFiles.fixture(name + ".cif");

        assertEquals(TestFiles.countAtomRecordLines(pdb), reader.read(pdb).atoms().size(), "PDB rows");
        assertEquals(TestFiles.countAtomSiteLines(cif), reader.read(cif).atoms().size(), "mmCIF rows");
    }

    /** gemmi groups interleaved altloc records when it converts, so rows are paired by label. */
    @ParameterizedTest
    @ValueSource(strings = {"altloc_blank_backbone", "microheterogeneity", "insertion_altlocs", "anisou_charges"})
    void pdbAndCifGiveSameAtoms(String name) throws Exception {
        AtomTable pdb = reader.read(TestFiles.fixture(name + ".pdb")).atoms();
        AtomTable cif = reader.read(TestFiles.fixture(name + ".cif")).atoms();

        assertEquals(pdb.size(), cif.size());
        for (int i = 0; i < pdb.size(); i++) {
            String row = "PDB row " + i + " (" + pdb.label(i) + ")";
            int j = indexOf(cif, pdb.label(i));
            assertEquals(pdb.residueName(i), cif.residueName(j), row);
            assertEquals(pdb.x(i), cif.x(j), 0.0, row);
            assertEquals(pdb.y(i), cif.y(j), 0.0, row);
            assertEquals(pdb.z(i), cif.z(j), 0.0, row);
            assertEquals(pdb.occupancy(i), cif.occupancy(j), 0.0, row);
            assertEquals(pdb.bFactor(i), cif.bFactor(j), 0.0, row);
            assertEquals(pdb.element(i), cif.element(j), row);
            assertEquals(pdb.charge(i), cif.charge(j), row);
            assertEquals(pdb.isHetero(i), cif.isHetero(j), row);
            assertEquals(pdb.hasAnisoU(i), cif.hasAnisoU(j), row);
        }
    }

    @Test
    void formatsAreDetected() throws Exception {
        for (String name : FIXTURES) {
            assertEquals(ModelFormat.PDB, reader.read(TestFiles.fixture(name + ".pdb")).format(), name);
            assertEquals(ModelFormat.MMCIF, reader.read(TestFiles.fixture(name + ".cif")).format(), name);
        }
    }

    @Test
    void blankBackboneWithSideChainAltlocs() throws Exception {
        AtomTable atoms = reader.read(TestFiles.fixture("altloc_blank_backbone.pdb")).atoms();

        assertEquals(List.of("A/SER 2/N", "A/SER 2/CA", "A/SER 2/C", "A/SER 2/O", "A/SER 2/H", "A/SER 2/HA",
                "A/SER 2/CB altloc A", "A/SER 2/OG altloc A", "A/SER 2/HG altloc A",
                "A/SER 2/CB altloc B", "A/SER 2/OG altloc B", "A/SER 2/HG altloc B"), labelsOfResidue(atoms, 2, ' '));
        int cbB = indexOf(atoms, "A/SER 2/CB altloc B");
        assertEquals(0.38, atoms.occupancy(cbB), 0.0);
        assertEquals(21.0, atoms.bFactor(cbB), 0.0);
        assertEquals(List.of("A/HOH 101/O altloc A", "A/HOH 101/O altloc B"), labelsOfResidue(atoms, 101, ' '));
        assertTrue(atoms.isHetero(indexOf(atoms, "A/HOH 101/O altloc B")));
        assertEquals("H", atoms.element(indexOf(atoms, "A/SER 2/HG altloc A")));
    }

    @Test
    void microheterogeneityKeepsBothResidueNames() throws Exception {
        for (String file : List.of("microheterogeneity.pdb", "microheterogeneity.cif")) {
            AtomTable atoms = reader.read(TestFiles.fixture(file)).atoms();

            List<String> residue10 = labelsOfResidue(atoms, 10, ' ');
            assertEquals(18, residue10.size(), file);
            assertEquals("A/GLU 10/N altloc A", residue10.get(0), file);
            assertEquals("A/GLU 10/OE2 altloc A", residue10.get(8), file);
            assertEquals("A/LYS 10/N altloc B", residue10.get(9), file);
            assertEquals("A/LYS 10/NZ altloc B", residue10.get(17), file);
            assertEquals(14, labelsOfResidue(atoms, 11, ' ').size(), file);
        }
    }

    @Test
    void interleavedMicroheterogeneityKeepsLineOrder() throws Exception {
        AtomTable atoms = reader.read(TestFiles.fixture("microheterogeneity.pdb")).atoms();

        assertEquals(List.of("A/THR 11/N altloc A", "A/VAL 11/N altloc B", "A/THR 11/CA altloc A",
                "A/VAL 11/CA altloc B", "A/THR 11/C altloc A", "A/VAL 11/C altloc B", "A/THR 11/O altloc A",
                "A/VAL 11/O altloc B", "A/THR 11/CB altloc A", "A/VAL 11/CB altloc B",
                "A/THR 11/OG1 altloc A", "A/VAL 11/CG1 altloc B", "A/THR 11/CG2 altloc A",
                "A/VAL 11/CG2 altloc B"), labelsOfResidue(atoms, 11, ' '));
    }

    @Test
    void insertionCodesWithAltlocs() throws Exception {
        for (String file : List.of("insertion_altlocs.pdb", "insertion_altlocs.cif")) {
            AtomTable atoms = reader.read(TestFiles.fixture(file)).atoms();

            for (String chain : List.of("A", "B")) {
                assertEquals(4, labelsOf(atoms, chain, 52, ' ').size(), file + " " + chain + " 52");
                assertEquals(List.of(chain + "/ASN 52A/N", chain + "/ASN 52A/CA", chain + "/ASN 52A/C",
                        chain + "/ASN 52A/O", chain + "/ASN 52A/CB", chain + "/ASN 52A/CG altloc A",
                        chain + "/ASN 52A/OD1 altloc A", chain + "/ASN 52A/ND2 altloc A",
                        chain + "/ASN 52A/CG altloc B", chain + "/ASN 52A/OD1 altloc B",
                        chain + "/ASN 52A/ND2 altloc B"), labelsOf(atoms, chain, 52, 'A'), file);
                assertEquals(12, labelsOf(atoms, chain, 52, 'B').size(), file + " " + chain + " 52B");
                assertEquals(5, labelsOf(atoms, chain, 53, ' ').size(), file + " " + chain + " 53");
            }
            Set<String> distinct = new HashSet<>();
            for (int i = 0; i < atoms.size(); i++) {
                assertTrue(distinct.add(atoms.label(i)), file + ": label " + atoms.label(i) + " appears twice");
            }
        }
    }

    @Test
    void rowsFollowFileOrder() throws Exception {
        for (String name : FIXTURES) {
            for (String extension : List.of(".pdb", ".cif")) {
                AtomTable atoms = reader.read(TestFiles.fixture(name + extension)).atoms();
                for (int i = 1; i < atoms.size(); i++) {
                    assertTrue(atoms.sourceLine(i) > atoms.sourceLine(i - 1), name + extension + ", row " + i);
                }
            }
        }
    }

    private static List<String> labelsOfResidue(AtomTable atoms, int residueNumber, char insertionCode) {
        return labelsOf(atoms, "A", residueNumber, insertionCode);
    }

    private static List<String> labelsOf(AtomTable atoms, String chain, int residueNumber, char insertionCode) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < atoms.size(); i++) {
            if (atoms.chainId(i).equals(chain) && atoms.residueNumber(i) == residueNumber
                    && atoms.insertionCode(i) == insertionCode) {
                labels.add(atoms.label(i));
            }
        }
        return labels;
    }

    private static int indexOf(AtomTable atoms, String label) {
        for (int i = 0; i < atoms.size(); i++) {
            if (atoms.label(i).equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no row " + label);
    }
}
