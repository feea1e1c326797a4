package org.occtensor.xray.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BesselTest {

    /** Reference values from mpmath 1.3 at 30 digits: log(besseli(0, x)), besseli(1, x) / besseli(0, x). */
    @ParameterizedTest
    @CsvSource({
        "0.5, 0.0615497191854813039412845745139, 0.242499612580801945350702353504",
        "3.0, 1.58530762181342091550662404161, 0.809985293956504527064503926023",
        "19.9, 17.492149818621350601185803306, 0.97454146585793119944055365516",
        "20.1, 17.687083876788981119206539386, 0.974798247598246589640684138012",
        "50.0, 47.1275755018718045841630024617, 0.989948967378497752592655929465",
        "400.0, 396.085642084887576751938217942, 0.998749216789205674811807258887"
    })
    void matchesMpmath(double x, double logI0, double ratio) {
        assertEquals(logI0, Bessel.logI0(x), 1e-14 * Math.max(1, logI0));
        assertEquals(ratio, Bessel.ratioI1I0(x), 1e-14);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 7.0, 19.999, 20.0, 35.0, 1000.0})
    void ratioIsDerivativeOfLogI0(double x) {
        double step = 1e-5;
        double numeric = (Bessel.logI0(x + step) - Bessel.logI0(x - step)) / (2 * step);
        assertEquals(numeric, Bessel.ratioI1I0(x), 1e-8);
    }
}
