package org.occtensor.tests.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occtensor.cli.guice.OccTensorModule;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.core.spi.TargetProvider;
import org.occtensor.io.api.ModelReader;
import org.occtensor.refine.api.GroupingEngine;
import org.occtensor.refine.api.PluginRegistry;
import org.occtensor.refine.api.StrategyInfo;
import org.occtensor.tests.felix.probe.PlanText;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Plain Java with Guice and OSGi with Felix see the same plug-ins and build the same plan: the
 * plain side runs the strategy jars from this test's class path, the OSGi side the bundles of the
 * cli feature.
 */
class GuiceParityTest {

    /** 3k0n: 3,170 atoms, 1,153 of them with an altloc, in 44 residues. */
    private static final String MODEL = "3k0n/3K0N_refine.pdb";

    @TempDir
    Path dir;

    @Test
    void sameStrategiesInBothModes() throws Exception {
        Injector injector = Guice.createInjector(new OccTensorModule());
        List<String> plain = new ArrayList<>();
        for (StrategyInfo info : injector.getInstance(PluginRegistry.class).strategies()) {
            plain.add(info.name() + "|" + info.bundle() + "|" + info.description());
        }

        List<String> osgi = new ArrayList<>();
        try (FelixRuntime runtime = startWithProbe()) {
            for (String line : runtime.probe().apply(List.of("strategies"))) {
                String[] fields = line.split("\\|", 5);
                osgi.add(fields[0] + "|" + fields[1] + "|" + fields[4]);
            }
        }

        assertEquals(List.of("altloc", "custom", "residue"), plain.stream().map(s -> s.split("\\|")[0]).toList());
        assertEquals(plain, osgi);
    }

    @Test
    void sameTargetsInBothModes() throws Exception {
        Injector injector = Guice.createInjector(new OccTensorModule());
        List<String> plain = new ArrayList<>();
        for (TargetProvider provider : injector.getInstance(PluginRegistry.class).targets()) {
            plain.add(provider.name() + "|" + provider.description());
        }

        List<String> osgi;
        try (FelixRuntime runtime = startWithProbe()) {
            osgi = runtime.probe().apply(List.of("targets"));
        }

        assertEquals(List.of("ls", "ml"), plain.stream().map(s -> s.split("\\|")[0]).toList());
        assertEquals(plain, osgi);
    }

    @Test
    void samePlanInBothModes() throws Exception {
        Path model = ProjectPaths.sharedData(MODEL);
        Injector injector = Guice.createInjector(new OccTensorModule());
        AtomTable atoms = new ModelReader().read(model).atoms();
        List<String> plain = PlanText.lines(injector.getInstance(GroupingEngine.class)
                .plan(atoms, List.of("altloc", "residue"), GroupingOptions.empty()));

        List<String> osgi;
        try (FelixRuntime runtime = startWithProbe()) {
            Function<List<String>, List<String>> probe = runtime.probe();
            osgi = probe.apply(List.of("plan", model.toString(), "altloc,residue"));
        }

        assertFalse(osgi.get(0).startsWith("ERROR"), osgi.toString());
        assertEquals("atoms 3170", plain.get(0).substring(0, plain.get(0).indexOf(" groups")));
        assertTrue(plain.stream().anyMatch(line -> line.startsWith("set ")), "no conformer set in 3k0n's plan");
        assertEquals("strategies altloc,residue", plain.get(plain.size() - 1));
        assertEquals(plain.size(), osgi.size());
        assertEquals(plain, osgi);
    }

    private FelixRuntime startWithProbe() throws Exception {
        FelixRuntime runtime = FelixRuntime.startFeature("cli", dir.resolve("framework"));
        Path built = Files.createDirectories(dir.resolve("built"));
        runtime.installAndStart(List.of(TestBundles.probe(built)));
        return runtime;
    }
}
