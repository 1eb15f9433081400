// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.analog;

/**
 * A signal range mapped onto an engineering range, as a 4–20 mA or 0–10 V transmitter's: {@code in} low and high
 * map to {@code out} low and high. A signal outside its range means a fault (a broken wire reads 0 mA on a 4–20 mA
 * loop; NAMUR NE 43 treats below 3.6 mA and above 21 mA as failure): bad with the reading, or with {@code clamp}
 * the nearest end of the range, uncertain.
 */
public record LinearScale(double inLow, double inHigh, double outLow, double outHigh, boolean clamp) {

    public LinearScale {
        if (inLow == inHigh) {
            throw new IllegalArgumentException("a signal range needs two different ends (got " + inLow + ")");
        }
    }

    /** 4–20 mA onto {@code [low, high]}. */
    public static LinearScale milliamps4to20(double low, double high, boolean clamp) {
        return new LinearScale(4, 20, low, high, clamp);
    }

    /** 0–10 V onto {@code [low, high]}. */
    public static LinearScale volts0to10(double low, double high, boolean clamp) {
        return new LinearScale(0, 10, low, high, clamp);
    }

    public Reading apply(double signal) {
        double low = Math.min(inLow, inHigh);
        double high = Math.max(inLow, inHigh);
        if (signal >= low && signal <= high) {
            return Reading.good(scale(signal));
        }
        String reason = "signal " + signal + " is outside its range [" + low + ", " + high + "]";
        if (clamp) {
            return Reading.uncertain(scale(signal < low ? low : high), reason + "; clamped");
        }
        return Reading.bad(null, reason);
    }

    /** The signal for an engineering value, for writes (an analog output). */
    public double invert(double value) {
        return inLow + (value - outLow) * (inHigh - inLow) / (outHigh - outLow);
    }

    private double scale(double signal) {
        return outLow + (signal - inLow) * (outHigh - outLow) / (inHigh - inLow);
    }
}
