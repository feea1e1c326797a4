package org.occtensor.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.io.api.ModelFile;
import org.occtensor.io.api.ModelReader;
import org.occtensor.io.api.ModelWriter;
import org.occtensor.refine.api.PluginRegistry;
import org.occtensor.xray.api.MtzColumn;
import org.occtensor.xray.api.MtzWriter;
import org.occtensor.xray.api.SimulatedData;
import org.occtensor.xray.api.StructureFactorArrays;

import com.google.gson.Gson;

/**
 * Recovery of known conformer occupancies: data simulated from 1bdw with its altloc pairs set to
 * 0.7/0.3 and 0.25/0.75 in turn, refined from 0.5/0.5.
 */
class RecoveryTest {

    private static final double[][] TRUE_SPLITS = {{0.7, 0.3}, {0.25, 0.75}};

    @Test
    void conformerOccupanciesAreRecovered(@TempDir Path dir) throws Exception {
        Path source = CliRunner.sharedData("1bdw/1bdw_refine_001.pdb");
        ModelFile model = new ModelReader().read(source);
        AtomTable atoms = model.atoms();
        double[] truth = atoms.occupancies();
        double[] start = atoms.occupancies();
        for (int a = 0; a < atoms.size(); a++) {
            if (atoms.hasAltloc(a)) {
                double[] split = TRUE_SPLITS[splitIndex(atoms, a)];
                truth[a] = atoms.altloc(a) == 'A' ? split[0] : split[1];
                start[a] = 0.5;
            }
        }
        Path truePdb = dir.resolve("truth.pdb");
        Path startPdb = dir.resolve("start.pdb");
        new ModelWriter().write(model, truth, truePdb, false);
        new ModelWriter().write(model, start, startPdb, false);
        Path mtz = dir.resolve("simulated.mtz");
        simulate(new ModelReader().read(truePdb).atoms(), mtz);

        CliRunner.Result result = CliRunner.run("refine", startPdb.toString(), mtz.toString(), "--device", "cpu",
                "--quiet", "--out", dir.resolve("refined").toString());
        assertEquals(0, result.status(), result.err());

        Map<?, ?> report = new Gson().fromJson(java.nio.file.Files.readString(dir.resolve("refined_report.json")),
                Map.class);
        int checked = 0;
        for (Object entry : (List<?>) report.get("groups")) {
            Map<?, ?> group = (Map<?, ?>) entry;
            String label = (String) group.get("label");
            if (!label.contains(" altloc ")) {
                continue;
            }
            double expected = expectedFor(atoms, label);
            double refined = ((Number) group.get("occupancy_final")).doubleValue();
            assertEquals(expected, refined, 0.05, label);
            checked++;
        }
        assertEquals(14, checked, "7 altloc residues, two conformers each");
        assertTrue(((Number) report.get("r_free_final")).doubleValue()
                < ((Number) report.get("r_free_start")).doubleValue());
    }

    @Test
    void groupsStartingAtBoundsRecover(@TempDir Path dir) throws Exception {
        // Acetate A 201 is at 0.6 in the data and 1.0 in the start model, acetate B 202 at 0.5 and 0.0.
        // On the bounds their gradients are about 1e-6 times those of the refined waters, so the optimizer
        // stops before they move unless refinement starts them 0.01 inside.
        ModelFile model = new ModelReader().read(CliRunner.sharedData("1bdw/1bdw_refine_001.pdb"));
        AtomTable atoms = model.atoms();
        double[] truth = atoms.occupancies();
        double[] start = atoms.occupancies();
        for (int a = 0; a < atoms.size(); a++) {
            if (atoms.residueName(a).equals("ACY") && atoms.residueNumber(a) == 201) {
                truth[a] = 0.6;
                start[a] = 1.0;
            } else if (atoms.residueName(a).equals("ACY") && atoms.residueNumber(a) == 202) {
                truth[a] = 0.5;
                start[a] = 0.0;
            }
        }
        Path truePdb = dir.resolve("truth.pdb");
        Path startPdb = dir.resolve("start.pdb");
        new ModelWriter().write(model, truth, truePdb, false);
        new ModelWriter().write(model, start, startPdb, false);
        Path mtz = dir.resolve("simulated.mtz");
        simulate(new ModelReader().read(truePdb).atoms(), mtz);

        CliRunner.Result result = CliRunner.run("refine", startPdb.toString(), mtz.toString(), "--device", "cpu",
                "--quiet", "--refine", "resname HOH or (resname ACY and (resseq 201 or resseq 202))", "--out",
                dir.resolve("refined").toString());
        assertEquals(0, result.status(), result.err());

        Map<?, ?> report = new Gson().fromJson(java.nio.file.Files.readString(dir.resolve("refined_report.json")),
                Map.class);
        assertEquals(1.0, number(group(report, "A/ACY 201"), "occupancy_start"), 0.0, "reported start is the file's");
        assertEquals(0.0, number(group(report, "B/ACY 202"), "occupancy_start"), 0.0, "reported start is the file's");
        assertEquals(0.6, finalOccupancy(report, "A/ACY 201"), 0.05, "A/ACY 201");
        assertEquals(0.5, finalOccupancy(report, "B/ACY 202"), 0.05, "B/ACY 202");
    }

    private static double finalOccupancy(Map<?, ?> report, String label) {
        return number(group(report, label), "occupancy_final");
    }

    private static Map<?, ?> group(Map<?, ?> report, String label) {
        for (Object entry : (List<?>) report.get("groups")) {
            Map<?, ?> group = (Map<?, ?>) entry;
            if (label.equals(group.get("label"))) {
                return group;
            }
        }
        throw new AssertionError("no group " + label + " in the report");
    }

    private static double number(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    /** Alternates the two splits over residues in file order of their first altloc atom. */
    private static int splitIndex(AtomTable atoms, int atom) {
        java.util.LinkedHashSet<AtomTable.ResidueKey> residues = new java.util.LinkedHashSet<>();
        for (int a = 0; a < atoms.size(); a++) {
            if (atoms.hasAltloc(a)) {
                residues.add(atoms.residueKey(a));
            }
        }
        return new java.util.ArrayList<>(residues).indexOf(atoms.residueKey(atom)) % 2;
    }

    private static double expectedFor(AtomTable atoms, String label) {
        for (int a = 0; a < atoms.size(); a++) {
            if (!atoms.hasAltloc(a)) {
                continue;
            }
            String prefix = atoms.chainId(a) + "/" + atoms.residueName(a) + " " + atoms.residueNumber(a);
            if (label.startsWith(prefix) && label.endsWith("altloc " + atoms.altloc(a))) {
                double[] split = TRUE_SPLITS[splitIndex(atoms, a)];
                return atoms.altloc(a) == 'A' ? split[0] : split[1];
            }
        }
        throw new AssertionError("no atom matches group label " + label);
    }

    private static void simulate(AtomTable truth, Path mtz) throws Exception {
        PluginRegistry registry = PluginRegistry.fromServiceLoader(RecoveryTest.class.getClassLoader());
        ComputeBackend cpu = registry.backend("cpu");
        int[] hkl = SimulatedData.uniqueReflections(truth.cell().orElseThrow(), 1.7);
        StructureFactorArrays fcalc = SimulatedData.fcalc(truth, hkl, cpu);
        Random random = new Random(11);
        int n = fcalc.size();
        float[] f = new float[n];
        float[] sigma = new float[n];
        float[] free = new float[n];
        for (int r = 0; r < n; r++) {
            double amplitude = fcalc.amplitude(r);
            sigma[r] = (float) (0.02 * amplitude + 0.5);
            f[r] = (float) Math.max(0.1, amplitude + sigma[r] * random.nextGaussian());
            free[r] = random.nextInt(20);
        }
        MtzWriter.write(mtz, truth.cell().orElseThrow(), hkl, List.of(new MtzColumn("FP", 'F', f),
                new MtzColumn("SIGFP", 'Q', sigma), new MtzColumn("FreeR_flag", 'I', free)));
    }
}
