package org.occtensor.xray.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.occtensor.core.api.UnitCell;
import org.occtensor.xray.structure.CellGeometry;
import org.occtensor.xray.symmetry.SpaceGroup;
import org.occtensor.xray.symmetry.SpaceGroupTable;

class FrenchWilsonTest {

    /**
     * Posterior mean and sd of sqrt(J) by direct quadrature over J with the priors as French and Wilson
     * write them, exp(-J/S)/S (acentric) and exp(-J/(2S))/sqrt(2 pi S J) (centric), times the normal
     * likelihood of I. The centric J^-1/2 singularity is integrated exactly on each cell
     * (product midpoint rule).
     */
    private static double[] bruteForce(double intensity, double sigma, double wilsonMean, boolean centric) {
        double high = Math.max(intensity, 0) + 30 * sigma;
        int cells = 2_000_000;
        double step = high / cells;
        double m0 = 0;
        double m1 = 0;
        double m2 = 0;
        for (int i = 0; i < cells; i++) {
            double j = (i + 0.5) * step;
            double likelihood = Math.exp(-(intensity - j) * (intensity - j) / (2 * sigma * sigma));
            double weight;
            if (centric) {
                double cellIntegral = 2 * (Math.sqrt((i + 1) * step) - Math.sqrt(i * step));
                weight = cellIntegral * Math.exp(-j / (2 * wilsonMean)) * likelihood;
            } else {
                weight = step * Math.exp(-j / wilsonMean) * likelihood;
            }
            m0 += weight;
            m1 += weight * Math.sqrt(j);
            m2 += weight * j;
        }
        double mean = m1 / m0;
        return new double[] {mean, Math.sqrt(m2 / m0 - mean * mean)};
    }

    @Test
    void posteriorMatchesDirectQuadrature() {
        double[][] cases = {
            {100, 10, 50}, {-20, 10, 50}, {5, 10, 2}, {10000, 100, 5000}, {-200, 10, 50}, {0, 1, 1}, {3, 1, 0.5}};
        for (double[] c : cases) {
            for (boolean centric : new boolean[] {false, true}) {
                double[] expected = bruteForce(c[0], c[1], c[2], centric);
                double[] actual = FrenchWilson.posterior(c[0], c[1], c[2], centric);
                String label = "I=" + c[0] + " sigma=" + c[1] + " S=" + c[2] + (centric ? " centric" : " acentric");

                assertEquals(expected[0], actual[0], 2e-4 * expected[0], label + ": E[F]");
                assertEquals(expected[1], actual[1], 2e-3 * expected[1], label + ": sd(F)");
            }
        }
    }

    @Test
    void strongReflectionsTendToSquareRoot() {
        double[] moments = FrenchWilson.posterior(40_000, 100, 20_000, false);

        assertEquals(200.0, moments[0], 0.01 * 200.0);
        assertEquals(100 / (2 * 200.0), moments[1], 0.01 * 0.25);
    }

    @Test
    void weakerMeasurementGivesSmallerAmplitude() {
        double previous = 0;
        for (double intensity = -50; intensity <= 50; intensity += 5) {
            double f = FrenchWilson.posterior(intensity, 10, 40, false)[0];

            assertTrue(f > previous, "E[F] increases with I at I = " + intensity);
            previous = f;
        }
    }

    @Test
    void convertUsesEpsilonAndCentricFlags() {
        UnitCell cell = new UnitCell(62.32, 62.32, 111.1, 90, 90, 120, "P 63");
        SpaceGroup group = SpaceGroupTable.get().require("P 63");
        int[] hkl = {0, 0, 2, 1, 0, 0, 1, 2, 3};
        double[] intensity = {50, 50, 50};
        double[] sigma = {20, 20, 20};

        FrenchWilson.Result result = FrenchWilson.convert(hkl, intensity, sigma, CellGeometry.of(cell),
                new OperatorCentricity(group.operators()));

        // With one bin the prior mean is <I/epsilon> = (50/6 + 50 + 50) / 3 = 36.11.
        double perEpsilon = (50.0 / 6 + 50 + 50) / 3;
        assertEquals(FrenchWilson.posterior(50, 20, 6 * perEpsilon, false)[0], result.amplitude()[0], 1e-12,
                "0 0 2 lies on the 6-fold axis: acentric, epsilon 6");
        assertEquals(FrenchWilson.posterior(50, 20, perEpsilon, true)[0], result.amplitude()[1], 1e-12,
                "h k 0 is centric in P 63");
        assertEquals(FrenchWilson.posterior(50, 20, perEpsilon, false)[0], result.amplitude()[2], 1e-12);
        assertEquals(1, result.centric());
        assertEquals(1, result.bins());
    }

    @Test
    void operatorCentricityAgreesWithSpaceGroupTable() {
        for (String symbol : new String[] {"P 21 21 21", "P 63", "C 1 2 1", "P 43 21 2", "R 3:H", "P 3 2 1",
            "P -1", "I 41/a m d"}) {
            SpaceGroup group = SpaceGroupTable.get().require(symbol);
            OperatorCentricity fromOperators = new OperatorCentricity(group.operators());
            for (int h = -4; h <= 4; h++) {
                for (int k = -4; k <= 4; k++) {
                    for (int l = -4; l <= 4; l++) {
                        String where = symbol + " " + h + " " + k + " " + l;
                        assertEquals(group.isCentric(h, k, l), fromOperators.isCentric(h, k, l), where);
                        assertEquals(group.epsilon(h, k, l), fromOperators.epsilon(h, k, l), where);
                    }
                }
            }
        }
    }
}
