// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** IEC 62386-102 clause 9.3: X(n) = 10^((n-1)/(253/3) - 1) %, so level 1 is 0.1 %, 254 is 100 %, 3 decades. */
class DimmingCurveTest {

    @Test
    void theEndsOfTheCurveAreTenthOfAPercentAndFullOutput() {
        assertEquals(0.0, DimmingCurve.percent(0));
        assertEquals(0.1, DimmingCurve.percent(1), 1e-9);
        assertEquals(100.0, DimmingCurve.percent(254), 1e-9);
    }

    @Test
    void everyStepIsAboutTwoPointEightPercentBrighterAndOneDecadeIs253ThirdsOfSteps() {
        assertEquals(1.0277, DimmingCurve.percent(101) / DimmingCurve.percent(100), 1e-4);
        // Table of 102 Annex: arc 86 (1 + 253/3 rounded) is about 1 %, arc 170 about 10 %.
        assertEquals(1.0, DimmingCurve.percent(86), 0.03);
        assertEquals(10.0, DimmingCurve.percent(170), 0.2);
    }

    @Test
    void percentMapsBackToTheNearestLevel() {
        for (int arc = 1; arc <= 254; arc++) {
            assertEquals(arc, DimmingCurve.arc(DimmingCurve.percent(arc)));
        }
        assertEquals(0, DimmingCurve.arc(0));
        assertEquals(1, DimmingCurve.arc(0.01));
        assertThrows(IllegalArgumentException.class, () -> DimmingCurve.arc(101));
        assertThrows(IllegalArgumentException.class, () -> DimmingCurve.arc(Double.NaN));
    }
}
