package org.occtensor.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.UnitCell;
import org.occtensor.io.api.ModelFile;
import org.occtensor.io.api.ModelReader;

/** ANISOU, charges, hydrogens, HETATM flags and the unit cell, from PDB and mmCIF. */
class RecordFieldsTest {

    private final ModelReader reader = new ModelReader();

    @Test
    void anisouChargesAndHetatmFromPdbAndCif() throws Exception {
        for (String file : List.of("anisou_charges.pdb", "anisou_charges.cif")) {
            AtomTable atoms = reader.read(TestFiles.fixture(file)).atoms();

            assertEquals(15, atoms.size(), file);
            assertArrayEquals(new double[] {0.15, 0.14, 0.16, 0.001, -0.002, 0.003}, atoms.anisoU(0), 1e-12, file);
            assertArrayEquals(new double[] {0.153, 0.143, 0.163, 0.0013, -0.0023, 0.0033}, atoms.anisoU(3), 1e-12, file);
            assertFalse(atoms.hasAnisoU(4), file);
            int nz = 4;
            assertEquals("NZ", atoms.name(nz), file);
            assertEquals(1, atoms.charge(nz), file);
            int zinc = 8;
            assertEquals("ZN", atoms.name(zinc), file);
            assertEquals("ZN", atoms.element(zinc), file);
            assertEquals(2, atoms.charge(zinc), file);
            assertEquals(0.8, atoms.occupancy(zinc), 0.0, file);
            assertTrue(atoms.isHetero(zinc), file);
            assertArrayEquals(new double[] {0.25, 0.24, 0.26, 0.0, 0.0, 0.0}, atoms.anisoU(zinc), 1e-12, file);
            assertFalse(atoms.isHetero(nz), file);
            assertEquals("H", atoms.element(5), file);
            assertEquals("D", atoms.element(14), file);
            assertTrue(atoms.isHetero(14), file);
        }
    }

    @Test
    void unitCellFromCryst1AndCellCategory() throws Exception {
        for (String file : List.of("anisou_charges.pdb", "anisou_charges.cif")) {
            UnitCell cell = reader.read(TestFiles.fixture(file)).atoms().cell().orElseThrow();

            assertEquals(new UnitCell(62.32, 62.32, 111.1, 90.0, 90.0, 120.0, "P 63"), cell, file);
        }
    }

    @Test
    void anisouWithoutItsAtomIsIgnored(@TempDir Path temp) throws Exception {
        String text = Files.readString(TestFiles.fixture("anisou_charges.pdb"), StandardCharsets.ISO_8859_1);
        String orphan = text.replace("ANISOU    2  CA  LYS A   7", "ANISOU    2  CB  LYS A   7");
        Path file = TestFiles.writeText(temp, "orphan_anisou.pdb", orphan);

        ModelFile model = reader.read(file);

        assertFalse(model.atoms().hasAnisoU(1));
        assertTrue(model.atoms().hasAnisoU(2));
        assertEquals(1, model.warnings().size());
        assertTrue(model.warnings().get(0).contains("line 7"), model.warnings().get(0));
    }

    @Test
    void serialsAndSourceLinesFromPdb() throws Exception {
        AtomTable atoms = reader.read(TestFiles.fixture("anisou_charges.pdb")).atoms();

        assertEquals(1, atoms.serial(0));
        assertEquals(4, atoms.sourceLine(0));
        assertEquals(6, atoms.sourceLine(1), "the ANISOU line sits between the first two atoms");
        assertEquals(10, atoms.serial(8), "the TER record takes serial 9");
        assertEquals(1, atoms.model(0));
    }
}
