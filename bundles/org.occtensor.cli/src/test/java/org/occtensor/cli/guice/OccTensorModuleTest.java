package org.occtensor.cli.guice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.occtensor.core.api.Atom;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.api.GroupingPlanBuilder;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.core.spi.GroupingStrategy;
import org.occtensor.refine.api.GroupingEngine;
import org.occtensor.refine.api.PluginRegistry;
import org.occtensor.refine.api.StrategyInfo;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;

class OccTensorModuleTest {

    /** A strategy an application binds itself: every atom in one group. */
    static final class WholeModelStrategy implements GroupingStrategy {
        @Override
        public String name() {
            return "whole";
        }

        @Override
        public String description() {
            return "all atoms in one group";
        }

        @Override
        public void apply(AtomTable atoms, GroupingOptions options, GroupingPlanBuilder plan) {
            int[] all = new int[atoms.size()];
            for (int a = 0; a < all.length; a++) {
                all[a] = a;
            }
            plan.addGroup("whole model", all);
            plan.strategyApplied(name());
        }
    }

    @Test
    void serviceLoaderStrategiesAreBound() {
        Injector injector = Guice.createInjector(new OccTensorModule());

        Set<GroupingStrategy> strategies = injector.getInstance(Key.get(new TypeLiteral<Set<GroupingStrategy>>() { }));
        List<String> names = injector.getInstance(PluginRegistry.class).strategies().stream()
                .map(StrategyInfo::name).toList();

        assertEquals(3, strategies.size());
        assertEquals(List.of("altloc", "custom", "residue"), names);
        StrategyInfo residue = injector.getInstance(PluginRegistry.class).strategyInfo("residue");
        assertEquals("org.occtensor.grouping.residue", residue.bundle());
        assertEquals(StrategyInfo.NOT_IN_OSGI, residue.bundleId());
    }

    @Test
    void backendsRankedByComponentRanking() {
        Injector injector = Guice.createInjector(new OccTensorModule());

        List<ComputeBackend> backends = injector.getInstance(PluginRegistry.class).backends();

        // service.ranking 10 and 0 in the components' descriptions; the class names are compared
        // because asking the OpenCL backend for its name would select a device.
        assertEquals(List.of("OpenClBackendService", "CpuBackend"),
                backends.stream().map(b -> b.getClass().getSimpleName()).toList());
        assertSame(backends.get(1), injector.getInstance(PluginRegistry.class).backend("cpu"));
    }

    @Test
    void registryAndEngineAreSingletons() {
        Injector injector = Guice.createInjector(new OccTensorModule());

        assertSame(injector.getInstance(PluginRegistry.class), injector.getInstance(PluginRegistry.class));
        assertSame(injector.getInstance(GroupingEngine.class), injector.getInstance(GroupingEngine.class));
    }

    @Test
    void applicationModuleAddsStrategy() throws Exception {
        AbstractModule application = new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), GroupingStrategy.class).addBinding().to(WholeModelStrategy.class);
            }
        };
        Injector injector = Guice.createInjector(new OccTensorModule(), application);
        AtomTable atoms = AtomTable.builder("two-atoms")
                .add(Atom.simple("N", "GLY", "A", 1, 0, 0, 0, "N"))
                .add(Atom.simple("CA", "GLY", "A", 1, 1, 0, 0, "C"))
                .build();

        GroupingPlan plan = injector.getInstance(GroupingEngine.class)
                .plan(atoms, List.of("whole"), GroupingOptions.empty());

        List<String> names = injector.getInstance(PluginRegistry.class).strategies().stream()
                .map(StrategyInfo::name).toList();
        assertEquals(List.of("altloc", "custom", "residue", "whole"), names);
        assertEquals(1, plan.groupCount());
        assertEquals("whole model", plan.label(0));
        assertTrue(injector.getInstance(PluginRegistry.class).strategyInfo("whole").origin().endsWith("[class path]"));
    }
}
