package org.occtensor.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.UnitCell;
import org.occtensor.io.api.ModelFile;
import org.occtensor.io.api.ModelFormat;
import org.occtensor.io.api.ModelReader;
import org.occtensor.io.api.ModelWriter;

/** Reads and writes the real models, comparing against plain column reads of the same lines. */
class RealModelRoundTripTest {

    private final ModelReader reader = new ModelReader();
    private final ModelWriter writer = new ModelWriter();

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"1bdw/1bdw_refine_001.pdb", "3k0n/3K0N_refine.pdb", "br_lcls/BR_LCLS_refine_8.pdb"})
    void rowsMatchRecordsInFileOrder(String name) throws Exception {
        Path file = TestFiles.realData(name);
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);

        AtomTable atoms = reader.read(file).atoms();

        assertEquals(TestFiles.countAtomRecordLines(file), atoms.size(), "rows vs ATOM/HETATM lines");
        int previousLine = 0;
        int altlocAtoms = 0;
        int hydrogens = 0;
        for (int i = 0; i < atoms.size(); i++) {
            int lineNumber = atoms.sourceLine(i);
            assertTrue(lineNumber > previousLine, "row " + i + " is out of file order");
            previousLine = lineNumber;
            String line = lines.get(lineNumber - 1);
            assertEquals(line.startsWith("HETATM"), atoms.isHetero(i), "hetero flag, line " + lineNumber);
            assertEquals(line.substring(12, 16).strip(), atoms.name(i), "name, line " + lineNumber);
            assertEquals(line.charAt(16), atoms.altloc(i), "altloc, line " + lineNumber);
            assertEquals(Integer.parseInt(line.substring(22, 26).strip()), atoms.residueNumber(i), "residue, line " + lineNumber);
            assertEquals(Double.parseDouble(line.substring(30, 38)), atoms.x(i), 0.0, "x, line " + lineNumber);
            assertEquals(Double.parseDouble(line.substring(54, 60)), atoms.occupancy(i), 0.0, "occupancy, line " + lineNumber);
            assertEquals(Double.parseDouble(line.substring(60, 66)), atoms.bFactor(i), 0.0, "B, line " + lineNumber);
            altlocAtoms += line.charAt(16) != ' ' ? 1 : 0;
            hydrogens += line.substring(76, 78).strip().equals("H") ? 1 : 0;
        }
        assertEquals(altlocAtoms, countAltlocRows(atoms), "altloc rows");
        assertEquals(hydrogens, countElement(atoms, "H"), "hydrogen rows");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1bdw/1bdw_refine_001.pdb", "3k0n/3K0N_refine.pdb", "br_lcls/BR_LCLS_refine_8.pdb"})
    void cellMatchesCryst1(String name) throws Exception {
        Path file = TestFiles.realData(name);
        String cryst1 = Files.readAllLines(file, StandardCharsets.ISO_8859_1).stream()
                .filter(l -> l.startsWith("CRYST1")).findFirst().orElseThrow();

        UnitCell cell = reader.read(file).atoms().cell().orElseThrow();

        assertEquals(Double.parseDouble(cryst1.substring(6, 15)), cell.a(), 0.0);
        assertEquals(Double.parseDouble(cryst1.substring(24, 33)), cell.c(), 0.0);
        assertEquals(Double.parseDouble(cryst1.substring(47, 54)), cell.gamma(), 0.0);
        assertEquals(cryst1.substring(55, Math.min(66, cryst1.length())).strip(), cell.spaceGroup());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1bdw/1bdw_refine_001.pdb", "3k0n/3K0N_refine.pdb", "br_lcls/BR_LCLS_refine_8.pdb"})
    void unchangedOccupanciesGiveIdenticalBytes(String name) throws Exception {
        Path file = TestFiles.realData(name);
        ModelFile model = reader.read(file);
        Path out = temp.resolve("out.pdb");

        writer.write(model, model.atoms().occupancies(), out, false);

        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1bdw/1bdw_refine_001.pdb", "3k0n/3K0N_refine.pdb", "br_lcls/BR_LCLS_refine_8.pdb"})
    void newOccupanciesChangeOnlyColumns55To60(String name) throws Exception {
        Path file = TestFiles.realData(name);
        ModelFile model = reader.read(file);
        double[] occupancies = new double[model.atoms().size()];
        for (int i = 0; i < occupancies.length; i++) {
            occupancies[i] = (i % 101) / 100.0;
        }
        Path out = temp.resolve("refined.pdb");

        writer.write(model, occupancies, out, false);

        List<String> before = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        List<String> after = Files.readAllLines(out, StandardCharsets.ISO_8859_1);
        assertEquals(before.size(), after.size(), "line count");
        assertEquals(Files.size(file), Files.size(out), "byte count");
        for (int n = 0; n < before.size(); n++) {
            String old = before.get(n);
            String now = after.get(n);
            if (old.startsWith("ATOM  ") || old.startsWith("HETATM")) {
                assertEquals(old.substring(0, 54), now.substring(0, 54), "columns 1-54, line " + (n + 1));
                assertEquals(old.substring(60), now.substring(60), "columns 61-, line " + (n + 1));
            } else {
                assertEquals(old, now, "line " + (n + 1));
            }
        }
        AtomTable reread = reader.read(out).atoms();
        for (int i = 0; i < occupancies.length; i++) {
            assertEquals(occupancies[i], reread.occupancy(i), 1e-12, "row " + i);
            assertEquals(String.format(Locale.ROOT, "%6.2f", occupancies[i]),
                    after.get(reread.sourceLine(i) - 1).substring(54, 60), "row " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1bdw/1bdw_refine_001.pdb", "3k0n/3K0N_refine.pdb", "br_lcls/BR_LCLS_refine_8.pdb"})
    void gzipCopyReadsAndWritesPlainText(String name) throws Exception {
        Path file = TestFiles.realData(name);
        Path gz = TestFiles.gzip(file, temp.resolve("model.pdb.gz"));

        ModelFile plain = reader.read(file);
        ModelFile compressed = reader.read(gz);
        Path out = temp.resolve("from-gzip.pdb");
        writer.write(compressed, compressed.atoms().occupancies(), out, false);

        assertTrue(compressed.gzipped());
        assertEquals(ModelFormat.PDB, compressed.format());
        assertEquals(plain.atoms().size(), compressed.atoms().size());
        assertArrayEquals(plain.atoms().occupancies(), compressed.atoms().occupancies());
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(out));
    }

    private static int countAltlocRows(AtomTable atoms) {
        int count = 0;
        for (int i = 0; i < atoms.size(); i++) {
            count += atoms.hasAltloc(i) ? 1 : 0;
        }
        return count;
    }

    private static int countElement(AtomTable atoms, String element) {
        int count = 0;
        for (int i = 0; i < atoms.size(); i++) {
            count += atoms.element(i).equals(element) ? 1 : 0;
        }
        return count;
    }
}
