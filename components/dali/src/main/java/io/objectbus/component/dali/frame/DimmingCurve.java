// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.frame;

/**
 * The standard logarithmic dimming curve, IEC 62386-102 clause 9.3 (Table 2 of 102:2009 Annex): arc power level n
 * (1..254) gives {@code 10^((n - 1) / (253 / 3) - 1)} percent of light output, so 1 is 0.1 %, 254 is 100 % and
 * every step is about 2.8 % brighter than the one before; 0 is off.
 */
public final class DimmingCurve {

    private static final double STEPS_PER_DECADE = 253.0 / 3.0;

    private DimmingCurve() {}

    /** Light output in percent of an arc power level 0..254. */
    public static double percent(int arc) {
        if (arc < 0 || arc > 254) {
            throw new IllegalArgumentException("an arc power level is 0..254, got " + arc);
        }
        return arc == 0 ? 0.0 : Math.pow(10, (arc - 1) / STEPS_PER_DECADE - 1);
    }

    /** The arc power level whose output is nearest {@code percent} (0 off; above 0 at least level 1). */
    public static int arc(double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("a light level is 0..100 %, got " + percent);
        }
        if (percent == 0) {
            return 0;
        }
        long n = Math.round(STEPS_PER_DECADE * (Math.log10(percent) + 1) + 1);
        return (int) Math.max(1, Math.min(254, n));
    }

    /** The percent rounded to one decimal, as the bus shows it. */
    public static double rounded(int arc) {
        return Math.round(percent(arc) * 10) / 10.0;
    }
}
