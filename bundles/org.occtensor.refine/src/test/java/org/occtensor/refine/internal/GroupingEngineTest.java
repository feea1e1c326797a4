package org.occtensor.refine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.occtensor.core.api.Atom;
import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.spi.GroupingException;
import org.occtensor.core.spi.GroupingOptions;
import org.occtensor.refine.api.GroupingEngine;
import org.occtensor.refine.api.PluginRegistry;
import org.occtensor.refine.api.StrategyFailedException;
import org.occtensor.refine.api.StrategyInfo;
import org.occtensor.refine.api.UnknownPluginException;

class GroupingEngineTest {

    private final PluginRegistry registry = PluginRegistry.fromServiceLoader(getClass().getClassLoader());
    private final GroupingEngine engine = GroupingEngine.of(registry);

    /** Five atoms: three in chain A, two in chain B. */
    private static AtomTable twoChains() {
        AtomTable.Builder builder = AtomTable.builder("two-chains");
        builder.add(Atom.simple("N", "GLY", "A", 1, 0, 0, 0, "N"));
        builder.add(Atom.simple("CA", "GLY", "A", 1, 1, 0, 0, "C"));
        builder.add(Atom.simple("O", "HOH", "A", 101, 2, 0, 0, "O"));
        builder.add(Atom.simple("N", "ALA", "B", 1, 3, 0, 0, "N"));
        builder.add(Atom.simple("CA", "ALA", "B", 1, 4, 0, 0, "C"));
        return builder.build();
    }

    /** The test strategies, plus 'custom', which comes with the selection API this bundle depends on. */
    @Test
    void serviceLoaderFindsTestStrategies() {
        List<String> names = registry.strategies().stream().map(StrategyInfo::name).toList();

        assertEquals(List.of("chain", "custom", "failing", "first"), names);
        StrategyInfo chain = registry.strategyInfo("chain");
        assertEquals("one group per chain", chain.description());
        assertEquals(StrategyInfo.NOT_IN_OSGI, chain.bundleId());
        assertTrue(chain.origin().endsWith("[class path]"), chain.origin());
    }

    @Test
    void chainStrategyGroupsByChain() throws GroupingException {
        GroupingPlan plan = engine.plan(twoChains(), List.of("chain"), GroupingOptions.empty());

        assertEquals(2, plan.groupCount());
        assertEquals("chain A", plan.label(0));
        assertEquals("chain B", plan.label(1));
        assertEquals(List.of("chain"), plan.strategies());
        assertEquals(0, plan.groupOf(2));
        assertEquals(1, plan.groupOf(4));
    }

    @Test
    void laterStrategySkipsClaimedAtoms() throws GroupingException {
        GroupingPlan plan = engine.plan(twoChains(), List.of("first", "chain"), GroupingOptions.empty());

        assertEquals(3, plan.groupCount());
        assertEquals("first atom", plan.label(plan.groupOf(0)));
        assertEquals(2, plan.atomCountOf(plan.groupOf(1)));
        assertEquals(List.of("first", "chain"), plan.strategies());
    }

    @Test
    void unknownNameListsAvailable() {
        UnknownPluginException e = assertThrows(UnknownPluginException.class,
                () -> engine.plan(twoChains(), List.of("chain", "residue"), GroupingOptions.empty()));

        assertEquals("no grouping strategy named 'residue'; available: chain, custom, failing, first", e.getMessage());
        assertEquals(List.of("chain", "custom", "failing", "first"), e.available());
    }

    @Test
    void throwingStrategyIsNamed() {
        StrategyFailedException e = assertThrows(StrategyFailedException.class,
                () -> engine.plan(twoChains(), List.of("chain", "failing"), GroupingOptions.empty()));

        assertEquals("failing", e.strategy().name());
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertTrue(e.getMessage().startsWith("grouping strategy 'failing' from bundle "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" failed: java.lang.IllegalStateException: index 7 out of bounds"),
                e.getMessage());
    }

    @Test
    void rejectedInputKeepsStrategyMessage() {
        GroupingOptions options = GroupingOptions.empty().with("reject", "yes");

        StrategyFailedException e = assertThrows(StrategyFailedException.class,
                () -> engine.plan(twoChains(), List.of("failing"), options));

        assertTrue(e.getMessage().endsWith(" rejected the input: selection 'chain Z' matches no atom"),
                e.getMessage());
    }

    @Test
    void emptyStrategyListIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> engine.plan(twoChains(), List.of(), GroupingOptions.empty()));

        assertEquals("no grouping strategy given; available: chain, custom, failing, first", e.getMessage());
    }
}
