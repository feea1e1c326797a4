package org.occtensor.tests.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occtensor.tests.felix.boom.ThrowingStrategy;
import org.occtensor.tests.felix.chain.ChainStrategy;
import org.osgi.framework.Bundle;

/**
 * Strategy bundles built by the test come and go while the cli feature runs: the engine uses a
 * new one by name at once, stops offering it once it is uninstalled, and reports one that throws.
 */
class DynamicStrategyTest {

    /** 1bdw: 165 atom records in chain A and 173 in chain B (counted with awk on column 22). */
    private static final String MODEL = "1bdw/1bdw_refine_001.pdb";

    @TempDir
    Path dir;

    private FelixRuntime runtime;
    private Function<List<String>, List<String>> probe;

    @BeforeEach
    void startFramework() throws Exception {
        runtime = FelixRuntime.startFeature("cli", dir.resolve("framework"));
        Path built = Files.createDirectories(dir.resolve("built"));
        runtime.installAndStart(List.of(TestBundles.probe(built)));
        probe = runtime.probe();
    }

    @AfterEach
    void stopFramework() throws Exception {
        runtime.close();
    }

    @Test
    void installedStrategyUsedThenForgotten() throws Exception {
        String model = ProjectPaths.sharedData(MODEL).toString();
        assertEquals(List.of("altloc", "custom", "residue"), names(probe.apply(List.of("strategies"))));

        Path jar = TestBundles.strategy(dir, "org.occtensor.tests.chain", ChainStrategy.class);
        Bundle chain = runtime.installAndStart(List.of(jar)).get(0);
        List<String> listed = probe.apply(List.of("strategies"));
        assertEquals(List.of("altloc", "chain", "custom", "residue"), names(listed));
        assertTrue(listed.contains("chain|org.occtensor.tests.chain|1.0.0|" + chain.getBundleId()
                + "|one group per chain for atoms no earlier strategy grouped"), listed.toString());

        List<String> plan = probe.apply(List.of("plan", model, "chain"));
        assertEquals("atoms 338 groups 2", plan.get(0), plan.toString());
        assertTrue(plan.get(1).startsWith("group 0 'chain A' refinable=true atoms=0,1,2,"), plan.get(1));
        assertEquals(165, atomCount(plan.get(1)));
        assertEquals(173, atomCount(plan.get(2)));
        assertEquals("strategies chain", plan.get(plan.size() - 1));

        List<String> composed = probe.apply(List.of("plan", model, "altloc,chain"));
        assertEquals("strategies altloc,chain", composed.get(composed.size() - 1), composed.toString());

        chain.uninstall();
        assertEquals(List.of("altloc", "custom", "residue"), names(probe.apply(List.of("strategies"))));
        assertEquals(List.of("ERROR UnknownPluginException: no grouping strategy named 'chain'; "
                + "available: altloc, custom, residue"), probe.apply(List.of("plan", model, "chain")));
        assertEquals(List.of(), runtime.problems());
    }

    @Test
    void throwingStrategyNamedFrameworkSurvives() throws Exception {
        Path modelPath = ProjectPaths.sharedData(MODEL);
        String model = modelPath.toString();
        Path jar = TestBundles.strategy(dir, "org.occtensor.tests.boom", ThrowingStrategy.class);
        Bundle boom = runtime.installAndStart(List.of(jar)).get(0);

        List<String> failed = probe.apply(List.of("plan", model, "residue,boom"));

        assertEquals(List.of("ERROR StrategyFailedException: grouping strategy 'boom' from bundle "
                + "org.occtensor.tests.boom 1.0.0 [" + boom.getBundleId() + "] failed: "
                + "java.lang.IllegalStateException: boom strategy cannot group " + modelPath), failed);
        assertEquals(Bundle.ACTIVE, runtime.framework().getState());
        assertEquals(Bundle.ACTIVE, boom.getState());
        List<String> plan = probe.apply(List.of("plan", model, "residue"));
        assertFalse(plan.get(0).startsWith("ERROR"), plan.toString());
        assertEquals("strategies residue", plan.get(plan.size() - 1));
        assertEquals(List.of(), runtime.problems());
    }

    private static List<String> names(List<String> strategyLines) {
        return strategyLines.stream().map(line -> line.substring(0, line.indexOf('|'))).toList();
    }

    private static int atomCount(String groupLine) {
        String atoms = groupLine.substring(groupLine.indexOf("atoms=") + "atoms=".length());
        return atoms.split(",").length;
    }
}
