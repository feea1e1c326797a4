package org.occtensor.xray.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occtensor.xray.api.ReflectionData;
import org.occtensor.xray.api.ReflectionFileException;
import org.occtensor.xray.api.ReflectionOptions;
import org.occtensor.xray.api.ReflectionReader;
import org.occtensor.xray.api.ReflectionReport;

/** Structure-factor mmCIF files: several data blocks, status flags, anomalous pairs, intensities. */
class CifReadingTest {

    private static final String CELL_BLOCK = """
            data_r9xyzsf
            _cell.length_a 20.584
            _cell.length_b 27.905
            _cell.length_c 52.040
            _cell.angle_alpha 90
            _cell.angle_beta 90
            _cell.angle_gamma 90
            _symmetry.space_group_name_H-M 'P 21 21 21'
            loop_
            _refln.index_h
            _refln.index_k
            _refln.index_l
            _refln.F_calc
            1 2 3 5.0
            """;

    @TempDir
    Path folder;

    private Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static ReflectionData read(Path file) throws Exception {
        return ReflectionReader.read(file, ReflectionOptions.defaults());
    }

    @Test
    void firstBlockWithAmplitudesIsUsed() throws Exception {
        Path file = write("two-blocks.cif", CELL_BLOCK + """
                data_r9xyzsf_2
                loop_
                _refln.index_h
                _refln.index_k
                _refln.index_l
                _refln.F_meas_au
                _refln.F_meas_sigma_au
                _refln.status
                1 2 3 10.0 0.5 o
                2 1 3 12.0 0.6 f
                3 1 2 9.0 0.4 -
                1 1 1 ? ? o
                2 2 2 7.0 0.3 <
                """);

        ReflectionData data = read(file);
        ReflectionReport report = data.report();

        assertEquals("mmCIF data block 'r9xyzsf_2' (2 of 2)", report.origin());
        assertEquals(20.584, data.cell().a(), 1e-9);
        assertEquals("P 21 21 21", data.cell().spaceGroup());
        assertArrayEquals(new double[] {10.0, 12.0, 7.0}, data.fobs(), 0.0);
        assertArrayEquals(new boolean[] {false, true, false}, data.free());
        assertEquals("test set = status 'f' (mmCIF)", report.freeConvention());
        assertEquals(1, report.excludedMissing());
        assertEquals(1, report.excludedMissingFlag(), "status '-' marks no usable flag");
    }

    @Test
    void anomalousPairsAreMerged() throws Exception {
        Path file = write("anomalous.cif", CELL_BLOCK.replace("_refln.F_calc\n1 2 3 5.0\n", """
                _refln.pdbx_F_plus
                _refln.pdbx_F_plus_sigma
                _refln.pdbx_F_minus
                _refln.pdbx_F_minus_sigma
                _refln.pdbx_r_free_flag
                1 2 3 10.0 0.3 12.0 0.4 0
                2 1 3 8.0 0.2 ? ? 1
                3 1 2 ? ? 6.0 0.5 0
                """));

        ReflectionData data = read(file);

        assertTrue(data.report().anomalousMerged());
        assertEquals("pdbx_F_plus,pdbx_F_minus", data.report().amplitudeLabel());
        assertArrayEquals(new double[] {11.0, 8.0, 6.0}, data.fobs(), 1e-12);
        assertArrayEquals(new double[] {0.25, 0.2, 0.5}, data.sigma(), 1e-12);
        assertEquals("pdbx_r_free_flag", data.report().freeLabel());
        assertArrayEquals(new boolean[] {false, true, false}, data.free());
    }

    @Test
    void intensitiesUseTheSpaceGroupTable() throws Exception {
        StringBuilder rows = new StringBuilder();
        int n = 0;
        for (int h = 0; h < 8; h++) {
            for (int k = 0; k < 8; k++) {
                for (int l = 1; l < 8; l++) {
                    double intensity = 1000.0 / (1 + h + k + l);
                    rows.append(h).append(' ').append(k).append(' ').append(l).append(' ').append(intensity)
                            .append(' ').append(Math.sqrt(intensity)).append(' ').append(n % 20).append('\n');
                    n++;
                }
            }
        }
        Path file = write("intensities.cif", CELL_BLOCK.replace("_refln.F_calc\n1 2 3 5.0\n",
                "_refln.intensity_meas\n_refln.intensity_sigma\n_refln.pdbx_r_free_flag\n" + rows));

        ReflectionData data = read(file);

        assertTrue(data.report().frenchWilson());
        assertEquals("intensity_meas", data.report().amplitudeLabel());
        assertEquals(n, data.size());
        assertEquals("test set = 0 (CCP4, flags 0 to 19)", data.report().freeConvention());
        double first = 500.0;
        assertEquals(Math.sqrt(first), data.fobs()[0], 0.01 * Math.sqrt(first), "F of 0 0 1, I = 500, sigma 22");
    }

    @Test
    void gzipCompressedFileIsRead() throws Exception {
        String text = CELL_BLOCK.replace("_refln.F_calc\n1 2 3 5.0\n",
                "_refln.F_meas_au\n_refln.F_meas_sigma_au\n1 2 3 10.0 0.5\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        Path file = folder.resolve("sf.cif.gz");
        Files.write(file, bytes.toByteArray());

        ReflectionData data = read(file);

        assertArrayEquals(new double[] {10.0}, data.fobs(), 0.0);
    }

    @Test
    void noAmplitudesInAnyBlockIsAnError() throws Exception {
        Path file = write("calc-only.cif", CELL_BLOCK);

        ReflectionFileException e = assertThrows(ReflectionFileException.class, () -> read(file));

        assertTrue(e.getMessage().contains("no data block has a _refln loop with amplitudes or intensities"),
                e.getMessage());
    }

    @Test
    void missingCellIsAnError() throws Exception {
        Path file = write("nocell.cif", """
                data_x
                _symmetry.space_group_name_H-M 'P 1'
                loop_
                _refln.index_h
                _refln.index_k
                _refln.index_l
                _refln.F_meas_au
                _refln.F_meas_sigma_au
                1 2 3 10.0 0.5
                """);

        ReflectionFileException e = assertThrows(ReflectionFileException.class, () -> read(file));

        assertTrue(e.getMessage().contains("_cell.length_a"), e.getMessage());
    }

    @Test
    void invalidAmplitudeNamesRowAndValue() throws Exception {
        Path file = write("bad.cif", CELL_BLOCK.replace("_refln.F_calc\n1 2 3 5.0\n",
                "_refln.F_meas_au\n_refln.F_meas_sigma_au\n1 2 3 10.0 0.5\n2 1 3 1O.0 0.5\n"));

        ReflectionFileException e = assertThrows(ReflectionFileException.class, () -> read(file));

        assertTrue(e.getMessage().contains("F_meas_au"), e.getMessage());
        assertTrue(e.getMessage().contains("_refln row 2: '1O.0'"), e.getMessage());
        assertTrue(e.getMessage().contains("data block 'r9xyzsf'"), e.getMessage());
    }

    @Test
    void invalidIndexNamesRow() throws Exception {
        Path file = write("badindex.cif", CELL_BLOCK.replace("_refln.F_calc\n1 2 3 5.0\n",
                "_refln.F_meas_au\n_refln.F_meas_sigma_au\n1 2 3 10.0 0.5\n2 1.5 3 10.0 0.5\n"));

        ReflectionFileException e = assertThrows(ReflectionFileException.class, () -> read(file));

        assertTrue(e.getMessage().contains("_refln row 2"), e.getMessage());
        assertTrue(e.getMessage().contains("_refln.index_k is '1.5'"), e.getMessage());
    }

    @Test
    void labelsPickColumnsByItemName() throws Exception {
        Path file = write("labels.cif", CELL_BLOCK.replace("_refln.F_calc\n1 2 3 5.0\n", """
                _refln.F_meas_au
                _refln.F_meas_sigma_au
                _refln.pdbx_F_plus
                _refln.pdbx_F_plus_sigma
                1 2 3 10.0 0.5 11.0 0.6
                """));

        ReflectionData data = ReflectionReader.read(file,
                ReflectionOptions.defaults().withLabels("_refln.pdbx_F_plus,pdbx_F_plus_sigma"));

        assertEquals("pdbx_F_plus", data.report().amplitudeLabel());
        assertArrayEquals(new double[] {11.0}, data.fobs(), 0.0);
    }
}
