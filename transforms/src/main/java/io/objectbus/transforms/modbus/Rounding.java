// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.modbus;

import io.objectbus.modbus.model.DataType;
import io.objectbus.transforms.analog.LinearScale;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How a register's value is rounded before it goes on the bus, so that {@code 0.1 × 1405} reads {@code 140.5}, not
 * {@code 140.50000000000003}: to {@code decimals} places where the entry says so; else to the places the step of an
 * integer register implies (the scale's and offset's places, or, through a signal range, the step carried onto the
 * engineering range); else (float32 registers, rates) to the significant digits of the source: 7 for a float32, 12
 * for arithmetic.
 *
 * @param decimals places after the point, or -1 where significant digits apply
 * @param significant significant digits, where decimals do not apply
 */
record Rounding(int decimals, int significant) {

    private static final int MAX_DECIMALS = 15;

    static Rounding of(Object decimals, DataType type, double scale, double offset, LinearScale linear, boolean rate) {
        if (decimals != null) {
            return new Rounding(explicit(decimals), 0);
        }
        if (type == DataType.float32) {
            return new Rounding(-1, 7);
        }
        if (rate) {
            return new Rounding(-1, 12);
        }
        if (linear == null) {
            return new Rounding(Math.max(places(scale), places(offset)), 0);
        }
        double step = Math.abs(scale * (linear.outHigh() - linear.outLow()) / (linear.inHigh() - linear.inLow()));
        return new Rounding(Math.min(MAX_DECIMALS, Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9))), 0);
    }

    double apply(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        BigDecimal exact = new BigDecimal(value);
        BigDecimal rounded = decimals >= 0
                ? exact.setScale(decimals, RoundingMode.HALF_EVEN)
                : exact.round(new MathContext(significant, RoundingMode.HALF_EVEN));
        return rounded.doubleValue();
    }

    /** The places of a number as written ({@code 0.001} has 3); what a double cannot write short counts as 15. */
    private static int places(double number) {
        int places =
                new BigDecimal(Double.toString(number)).stripTrailingZeros().scale();
        return Math.min(MAX_DECIMALS, Math.max(0, places));
    }

    private static int explicit(Object decimals) {
        try {
            int places = Integer.parseInt(String.valueOf(decimals).trim());
            if (places >= 0 && places <= MAX_DECIMALS) {
                return places;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("decimals is a whole number from 0 to 15 (got " + decimals + ")");
    }
}
