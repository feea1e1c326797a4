package org.occtensor.xray.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occtensor.xray.api.MtzColumn;
import org.occtensor.xray.api.MtzWriter;
import org.occtensor.xray.api.ReflectionData;
import org.occtensor.xray.api.ReflectionFileException;
import org.occtensor.xray.api.ReflectionOptions;
import org.occtensor.xray.api.ReflectionReader;
import org.occtensor.xray.api.ReflectionReport;

/** Column choice, anomalous merging and exclusions, on small MTZ files made with MtzWriter. */
class ColumnChoiceTest {

    private static final float NAN = Float.NaN;

    @TempDir
    Path folder;

    private Path write(String name, int[] hkl, MtzColumn... columns) throws Exception {
        Path file = folder.resolve(name);
        MtzWriter.write(file, MtzWriterTest.CELL, hkl, List.of(columns));
        return file;
    }

    private static ReflectionData read(Path file) throws Exception {
        return ReflectionReader.read(file, ReflectionOptions.defaults());
    }

    private static ReflectionData read(Path file, String labels) throws Exception {
        return ReflectionReader.read(file, ReflectionOptions.defaults().withLabels(labels));
    }

    @Test
    void anomalousPairIsMerged() throws Exception {
        int[] hkl = {1, 2, 3, 2, 1, 3, 3, 1, 2, 1, 1, 1};
        Path file = write("anomalous.mtz", hkl,
                new MtzColumn("F(+)", 'G', new float[] {10f, 8f, NAN, NAN}),
                new MtzColumn("SIGF(+)", 'L', new float[] {0.3f, 0.4f, NAN, NAN}),
                new MtzColumn("F(-)", 'G', new float[] {12f, NAN, 6f, NAN}),
                new MtzColumn("SIGF(-)", 'L', new float[] {0.4f, NAN, 0.5f, NAN}),
                new MtzColumn("FreeR_flag", 'I', new float[] {1, 0, 1, 1}));

        ReflectionData data = read(file);
        ReflectionReport report = data.report();

        assertTrue(report.anomalousMerged());
        assertEquals("F(+),F(-)", report.amplitudeLabel());
        assertEquals("SIGF(+),SIGF(-)", report.sigmaLabel());
        assertArrayEquals(new double[] {11.0, 8.0, 6.0}, data.fobs(), 1e-6);
        double both = 0.5 * Math.sqrt(0.3f * 0.3f + 0.4f * 0.4f);
        assertArrayEquals(new double[] {both, 0.4f, 0.5f}, data.sigma(), 1e-6);
        assertEquals(1, report.excludedMissing(), "neither mate present");
        assertArrayEquals(new boolean[] {false, true, false}, data.free(), "the smaller set has value 0");
    }

    @Test
    void amplitudesArePreferredToAnomalousPairs() throws Exception {
        Path file = write("both.mtz", new int[] {1, 2, 3},
                new MtzColumn("F(+)", 'G', new float[] {10f}),
                new MtzColumn("SIGF(+)", 'L', new float[] {0.3f}),
                new MtzColumn("F(-)", 'G', new float[] {12f}),
                new MtzColumn("SIGF(-)", 'L', new float[] {0.4f}),
                new MtzColumn("F", 'F', new float[] {11f}),
                new MtzColumn("SIGF", 'Q', new float[] {0.25f}));

        ReflectionData data = read(file);

        assertEquals("F", data.report().amplitudeLabel());
        assertEquals(11.0, data.fobs()[0], 0.0);
    }

    @Test
    void labelsChooseAnomalousPairAndFlags() throws Exception {
        Path file = write("labels.mtz", new int[] {1, 2, 3, 2, 1, 3},
                new MtzColumn("F", 'F', new float[] {11f, 9f}),
                new MtzColumn("SIGF", 'Q', new float[] {0.25f, 0.25f}),
                new MtzColumn("F(+)", 'G', new float[] {10f, 8f}),
                new MtzColumn("SIGF(+)", 'L', new float[] {0.3f, 0.3f}),
                new MtzColumn("F(-)", 'G', new float[] {12f, 8f}),
                new MtzColumn("SIGF(-)", 'L', new float[] {0.4f, 0.4f}),
                new MtzColumn("MYFREE", 'I', new float[] {1, 0}));

        ReflectionData data = read(file, "F(+),SIGF(+),F(-),SIGF(-),MYFREE");

        assertTrue(data.report().anomalousMerged());
        assertEquals("MYFREE", data.report().freeLabel());
        assertArrayEquals(new double[] {11.0, 8.0}, data.fobs(), 1e-6);
    }

    @Test
    void nonPositiveAmplitudesAndMissingFlagsAreCounted() throws Exception {
        int[] hkl = {1, 2, 3, 2, 1, 3, 3, 1, 2, 1, 1, 1, 2, 2, 2, 1, 1, 2};
        Path file = write("exclusions.mtz", hkl,
                new MtzColumn("FP", 'F', new float[] {10f, 0f, -3f, 5f, 6f, NAN}),
                new MtzColumn("SIGFP", 'Q', new float[] {1f, 1f, 1f, NAN, 1f, 1f}),
                new MtzColumn("FreeR_flag", 'I', new float[] {0, 1, 1, 1, NAN, 1}));

        ReflectionData data = read(file);
        ReflectionReport report = data.report();

        assertEquals(1, data.size());
        assertEquals(1, report.excludedMissing());
        assertEquals(2, report.excludedNonPositive());
        assertEquals(1, report.excludedInvalidSigma());
        assertEquals(1, report.excludedMissingFlag());
        assertEquals(6, report.rowsRead());
    }

    @Test
    void missingFlagColumnGeneratesReproducibleTestSet() throws Exception {
        int n = 4000;
        int[] hkl = new int[3 * n];
        float[] f = new float[n];
        float[] s = new float[n];
        for (int i = 0; i < n; i++) {
            hkl[3 * i] = i % 20;
            hkl[3 * i + 1] = (i / 20) % 20;
            hkl[3 * i + 2] = 1 + i / 400;
            f[i] = 10f;
            s[i] = 1f;
        }
        Path file = write("noflags.mtz", hkl, new MtzColumn("FP", 'F', f), new MtzColumn("SIGFP", 'Q', s));

        ReflectionData first = read(file);
        ReflectionData second = read(file);
        ReflectionData otherSeed = ReflectionReader.read(file, ReflectionOptions.defaults().withFreeSet(7L, 0.05));

        assertEquals(null, first.report().freeLabel());
        assertEquals("generated 5% test set, seed 20261204 (the file has no R-free flags)",
                first.report().freeConvention());
        assertArrayEquals(first.free(), second.free());
        int free = ReflectionReaderDatasetTest.freeCount(first);
        assertTrue(free > 160, "about 5% of 4000: " + free);
        assertTrue(free < 240, "about 5% of 4000: " + free);
        assertTrue(!java.util.Arrays.equals(first.free(), otherSeed.free()), "another seed, another set");
    }

    @Test
    void singleValuedFlagColumnGeneratesTestSet() throws Exception {
        Path file = write("oneflag.mtz", new int[] {1, 2, 3, 2, 1, 3},
                new MtzColumn("FP", 'F', new float[] {10f, 9f}),
                new MtzColumn("SIGFP", 'Q', new float[] {1f, 1f}),
                new MtzColumn("FreeR_flag", 'I', new float[] {0, 0}));

        ReflectionData data = read(file);

        assertEquals(null, data.report().freeLabel());
        assertTrue(data.report().freeConvention().contains("column FreeR_flag holds a single value"),
                data.report().freeConvention());
    }

    @Test
    void ccp4FlagsMarkZero() throws Exception {
        int n = 60;
        int[] hkl = new int[3 * n];
        float[] f = new float[n];
        float[] flags = new float[n];
        for (int i = 0; i < n; i++) {
            hkl[3 * i] = i;
            hkl[3 * i + 2] = 1;
            f[i] = 5f;
            flags[i] = i < 59 ? i % 19 : 19;
        }
        Path file = write("ccp4.mtz", hkl, new MtzColumn("FP", 'F', f), new MtzColumn("SIGFP", 'Q', f),
                new MtzColumn("FreeR_flag", 'I', flags));

        ReflectionData data = read(file);

        assertEquals("test set = 0 (CCP4, flags 0 to 19)", data.report().freeConvention());
        assertEquals(4, ReflectionReaderDatasetTest.freeCount(data), "value 19 is rarer (1 row) but 0 is the test set");
    }

    @Test
    void twoFlagValuesMarkTheLessFrequent() throws Exception {
        Path file = write("phenix.mtz", new int[] {1, 2, 3, 2, 1, 3, 3, 1, 2},
                new MtzColumn("FP", 'F', new float[] {5f, 6f, 7f}),
                new MtzColumn("SIGFP", 'Q', new float[] {1f, 1f, 1f}),
                new MtzColumn("FreeR_flag", 'I', new float[] {0, 1, 0}));

        ReflectionData data = read(file);

        assertEquals("test set = 1 (the less frequent of two flag values, 1 of 3; PHENIX convention)",
                data.report().freeConvention());
        assertArrayEquals(new boolean[] {false, true, false}, data.free());
    }

    @Test
    void equallyFrequentFlagsTakeTheLower() throws Exception {
        Path file = write("tie.mtz", new int[] {1, 2, 3, 2, 1, 3},
                new MtzColumn("FP", 'F', new float[] {5f, 6f}), new MtzColumn("SIGFP", 'Q', new float[] {1f, 1f}),
                new MtzColumn("FreeR_flag", 'I', new float[] {3, 2}));

        ReflectionData data = read(file);

        assertEquals("test set = 2 (the lower of two equally frequent flag values, 1 of 2)",
                data.report().freeConvention());
        assertArrayEquals(new boolean[] {false, true}, data.free());
    }

    @Test
    void unknownLabelListsColumns() throws Exception {
        Path file = write("x.mtz", new int[] {1, 2, 3},
                new MtzColumn("FP", 'F', new float[] {1f}), new MtzColumn("SIGFP", 'Q', new float[] {1f}));

        ReflectionFileException e = assertThrows(ReflectionFileException.class, () -> read(file, "F,SIGF"));

        assertTrue(e.getMessage().contains("column 'F' given in --labels not found"), e.getMessage());
        assertTrue(e.getMessage().contains("FP (F), SIGFP (Q)"), e.getMessage());
    }

    @Test
    void phaseColumnIsNotAnAmplitude() throws Exception {
        Path file = write("x.mtz", new int[] {1, 2, 3},
                new MtzColumn("PHIC", 'P', new float[] {1f}), new MtzColumn("SIGFP", 'Q', new float[] {1f}));

        ReflectionFileException e = assertThrows(ReflectionFileException.class, () -> read(file, "PHIC,SIGFP"));

        assertTrue(e.getMessage().contains("column 'PHIC' has type P"), e.getMessage());
    }

    @Test
    void noKnownColumnsSuggestsLabels() throws Exception {
        Path file = write("x.mtz", new int[] {1, 2, 3},
                new MtzColumn("FC", 'F', new float[] {1f}), new MtzColumn("PHIC", 'P', new float[] {1f}));

        ReflectionFileException e = assertThrows(ReflectionFileException.class, () -> read(file));

        assertTrue(e.getMessage().contains("no amplitude or intensity columns"), e.getMessage());
        assertTrue(e.getMessage().contains("--labels"), e.getMessage());
    }

    @Test
    void typedPairIsTheLastResort() throws Exception {
        Path file = write("custom.mtz", new int[] {1, 2, 3},
                new MtzColumn("FC", 'F', new float[] {3f}), new MtzColumn("PHIC", 'P', new float[] {1f}),
                new MtzColumn("F_native", 'F', new float[] {4f}), new MtzColumn("SIGF_native", 'Q', new float[] {1f}));

        ReflectionData data = read(file);

        assertEquals("F_native", data.report().amplitudeLabel());
    }

    @Test
    void badLabelCountIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReflectionOptions.defaults().withLabels("F"));

        assertTrue(e.getMessage().contains("expected 2 to 5 column labels"), e.getMessage());
    }
}
