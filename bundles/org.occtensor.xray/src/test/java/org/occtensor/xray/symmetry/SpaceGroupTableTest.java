package org.occtensor.xray.symmetry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpaceGroupTableTest {

    private final SpaceGroupTable table = SpaceGroupTable.get();

    @Test
    void tableHasAll230Groups() {
        Set<Integer> numbers = new HashSet<>();
        for (SpaceGroup sg : table.settings()) {
            numbers.add(sg.number());
        }
        assertEquals(230, numbers.size());
        assertEquals(559, table.settings().size());
    }

    @ParameterizedTest
    @CsvSource({
        "P 21 21 21, 19, P 21 21 21, 4",
        "P212121, 19, P 21 21 21, 4",
        "P 63, 173, P 63, 6",
        "P 1 21 1, 4, P 1 21 1, 2",
        "P 21, 4, P 1 21 1, 2",
        "C 1 2 1, 5, C 1 2 1, 4",
        "C 2, 5, C 1 2 1, 4",
        "H 3, 146, R 3:H, 9",
        "R 3, 146, R 3:H, 9",
        "R 3 :R, 146, R 3:R, 3",
        "H 3 2, 155, R 3 2:H, 18",
        "P 61 2 2, 178, P 61 2 2, 12",
        "p 43 21 2, 96, P 43 21 2, 8",
        "19, 19, P 21 21 21, 4",
        "I 1 2 1, 5, I 1 2 1, 4"
    })
    void findsSymbolsThatFilesUse(String symbol, int number, String extended, int order) {
        SpaceGroup sg = table.require(symbol);

        assertEquals(number, sg.number());
        assertEquals(extended, sg.extendedHermannMauguin());
        assertEquals(order, sg.order());
    }

    @Test
    void unknownSymbolIsRejectedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.require("P 7"));
        assertTrue(e.getMessage().contains("'P 7'"), e.getMessage());
        assertTrue(table.find("").isEmpty());
        assertTrue(table.find("231").isEmpty());
    }

    @Test
    void hallLookupFindsSetting() {
        assertEquals(19, table.findByHall("P 2ac 2ab").orElseThrow().number());
        assertEquals("P 63", table.findByHall(" p  6c ").orElseThrow().hermannMauguin());
    }

    @Test
    void operatorsFormAGroup() {
        for (SpaceGroup sg : table.settings()) {
            Set<SymOp> ops = new HashSet<>(sg.operators());
            assertEquals(sg.order(), ops.size(), sg + " repeats an operator");
            for (SymOp a : sg.operators()) {
                for (SymOp b : sg.operators()) {
                    assertTrue(ops.contains(a.times(b)), sg + ": " + a + " * " + b + " is not in the group");
                }
            }
        }
    }

    @Test
    void pointGroupsOfCommonSettings() {
        assertEquals("222", table.require("P 21 21 21").pointGroup());
        assertEquals("6", table.require("P 63").pointGroup());
        assertEquals("2", table.require("C 1 2 1").pointGroup());
        assertEquals("mmm", table.require("P 21 21 21").laueClass());
        assertFalse(table.require("P 21 21 21").isCentrosymmetric());
        assertTrue(table.require("P -1").isCentrosymmetric());
    }

    @Test
    void reciprocalPropertiesMatchGemmi() throws IOException {
        int checked = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("reciprocal_gemmi.tsv")), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                SpaceGroup sg = table.require(f[0]);
                int h = Integer.parseInt(f[1]);
                int k = Integer.parseInt(f[2]);
                int l = Integer.parseInt(f[3]);
                String where = f[0] + " (" + h + "," + k + "," + l + ")";
                assertEquals(f[4].equals("1"), sg.isCentric(h, k, l), where + " centric");
                assertEquals(Integer.parseInt(f[5]), sg.epsilon(h, k, l), where + " epsilon");
                assertEquals(f[6].equals("1"), sg.isSystematicallyAbsent(h, k, l), where + " absent");
                if (!f[7].equals("-")) {
                    int[] expected = {Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9])};
                    assertArrayEquals(expected, sg.asu().toAsu(h, k, l), where + " asymmetric unit");
                    assertTrue(sg.asu().contains(expected[0], expected[1], expected[2]), where + " contains");
                }
                checked++;
            }
        }
        assertTrue(checked > 1000, "only " + checked + " reference rows");
    }

    @Test
    void fallbackAsuIsCanonical() {
        SpaceGroup sg = table.require("P 1 1 21");
        assertFalse(sg.asu().followsCcp4());
        int[] first = sg.asu().toAsu(3, -2, 5);
        for (SymOp op : sg.cosetOperators()) {
            int[] image = op.applyToIndex(3, -2, 5);
            assertArrayEquals(first, sg.asu().toAsu(image[0], image[1], image[2]));
            assertArrayEquals(first, sg.asu().toAsu(-image[0], -image[1], -image[2]));
        }
    }

    @Test
    void tripletsRoundTrip() {
        for (String triplet : new String[] {"x,y,z", "-y,x-y,z+1/3", "-x+y+2/3,-x+1/3,z+1/3", "y,x,-z+5/6"}) {
            assertEquals(triplet, SymOp.parse(triplet).triplet());
        }
        assertEquals(SymOp.parse("x+1/2,y,z"), SymOp.parse("1/2+X, Y, Z"));
    }

    @Test
    void invalidTripletNamesItself() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SymOp.parse("x,y"));
        assertTrue(e.getMessage().contains("'x,y'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SymOp.parse("x,y,w"));
        assertThrows(IllegalArgumentException.class, () -> SymOp.parse("x+1/5,y,z"));
    }
}
