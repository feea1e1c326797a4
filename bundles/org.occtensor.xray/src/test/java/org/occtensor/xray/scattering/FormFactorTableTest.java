package org.occtensor.xray.scattering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormFactorTableTest {

    private final FormFactorTable table = FormFactorTable.get();

    @Test
    void everyElementFromHydrogenToCaliforniumIsPresent() {
        String[] symbols = {"H", "He", "Li", "C", "N", "O", "S", "Fe", "Zn", "Se", "Br", "I", "Hg", "Pb", "U", "Cf"};
        for (String symbol : symbols) {
            assertTrue(table.find(symbol).isPresent(), symbol);
        }
        assertEquals(98, table.labels().stream().filter(label -> label.chars().allMatch(Character::isLetter)).count());
    }

    @Test
    void atZeroAngleFormFactorCountsElectrons() {
        // The four-Gaussian fit reproduces the electron count to about 0.01 electron.
        assertEquals(1.0, table.forElement("H", 0).electrons(), 0.01);
        assertEquals(6.0, table.forElement("C", 0).electrons(), 0.01);
        assertEquals(8.0, table.forElement("O", 0).electrons(), 0.01);
        assertEquals(24.0, table.forElement("FE", 2).electrons(), 0.01);
        assertEquals(10.0, table.forElement("O", -2).electrons(), 0.05);
    }

    @Test
    void carbonMatchesInternationalTables() {
        // IT Vol. C Table 6.1.1.4, carbon: a = 2.31, 1.02, 1.5886, 0.865; b = 20.8439, 10.2075, 0.5687,
        // 51.6512; c = 0.2156.
        FormFactor carbon = table.forElement("C", 0);
        double s2 = 0.25;
        double expected = 2.31 * Math.exp(-20.8439 * s2) + 1.02 * Math.exp(-10.2075 * s2)
                + 1.5886 * Math.exp(-0.5687 * s2) + 0.865 * Math.exp(-51.6512 * s2) + 0.2156;
        assertEquals(expected, carbon.value(s2), 1e-12);
    }

    @Test
    void deuteriumUsesHydrogen() {
        assertSame(table.forElement("H", 0), table.forElement("D", 0));
    }

    @Test
    void missingIonFallsBackToNeutralAtom() {
        assertSame(table.forElement("C", 0), table.forElement("C", 4));
    }

    @Test
    void unknownElementIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.forElement("Xx", 0));
        assertTrue(e.getMessage().contains("'Xx'"), e.getMessage());
    }
}
