// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * D2-01 device reports.
 *
 * <pre>
 * CMD 4 status response       byte0 PF(7) PFD(6) CMD(3..0); byte1 OC(7) EL(6..5) I/O(4..0); byte2 LC(7) OV(6..0)
 *                             OV 0 off, 1..100 %, 127 not valid
 * CMD 7 measurement response  byte0 UN(7..5) CMD(3..0); byte1 I/O(4..0); byte2..5 value (32 bits, big-endian)
 *                             UN 0 Ws, 1 Wh, 2 kWh, 3 W, 4 kW
 * </pre>
 */
final class SwitchReports {

    static final List<String> ERROR_LEVELS = List.of("ok", "warning", "failure", "not-supported");
    private static final int MAX_CHANNEL = 29;
    private static final long MAX_VALUE = 0xFFFFFFFFL;
    private static final double[] ENERGY_FACTORS = {1 / 3600.0, 1, 1000};
    private static final double[] POWER_FACTORS = {1, 1000};
    /** Units tried when encoding, in order of preference: UN code and its factor to Wh or W. */
    private static final double[][] ENERGY_UNITS = {{1, 1}, {2, 1000}, {0, 1 / 3600.0}};

    private static final double[][] POWER_UNITS = {{3, 1}, {4, 1000}};

    private SwitchReports() {}

    static EepResult status(byte[] data) {
        if (data.length != 3) {
            return EepResult.rejected("D2-01 status response needs 3 bytes, got " + data.length);
        }
        int channel = data[1] & 0x1F;
        int value = data[2] & 0x7F;
        if (channel > MAX_CHANNEL) {
            // 0x1E is not used in a status response and 0x1F is the input channel: neither is an output.
            return EepResult.rejected("D2-01 status of channel " + channel + ", which is not an output channel");
        }
        List<Reading> readings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (value <= 100) {
            readings.add(new Reading(ElectronicSwitchProfile.channelResource("output", channel), (double) value, "%"));
        } else {
            problems.add("output of channel " + channel + " not valid or not set (" + value + ")");
        }
        readings.add(new Reading(name("errorLevel", channel), ERROR_LEVELS.get((data[1] >> 5) & 0x03), null));
        readings.add(new Reading(name("overCurrent", channel), (data[1] & 0x80) != 0, null));
        readings.add(new Reading(name("localControl", channel), (data[2] & 0x80) != 0, null));
        readings.add(new Reading("powerFailure", (data[0] & 0x40) != 0, null));
        return new EepResult(readings, problems);
    }

    static EepResult measurement(byte[] data) {
        if (data.length != 6) {
            return EepResult.rejected("D2-01 measurement response needs 6 bytes, got " + data.length);
        }
        int unit = (data[0] >> 5) & 0x07;
        int channel = data[1] & 0x1F;
        if (channel > MAX_CHANNEL) {
            return EepResult.rejected("D2-01 measurement of channel " + channel + ", which is not an output channel");
        }
        long raw = Bits.get(data, 16, 32);
        if (unit <= 2) {
            double wh = Math.round(raw * ENERGY_FACTORS[unit] * 1000) / 1000.0;
            return new EepResult(List.of(new Reading(name("energy", channel), wh, "Wh")), List.of());
        }
        if (unit <= 4) {
            return new EepResult(
                    List.of(new Reading(name("power", channel), raw * POWER_FACTORS[unit - 3], "W")), List.of());
        }
        return EepResult.rejected("D2-01 measurement unit " + unit + " is reserved");
    }

    /** A status response (from {@code output...}) or a measurement response (from {@code energy.../power...}). */
    static byte[] encode(Map<String, Object> values) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String key = e.getKey();
            if (key.matches("output\\d*")) {
                return encodeStatus(values, channelOf(key, "output"), e.getValue());
            }
            if (key.matches("(energy|power)\\d*")) {
                return encodeMeasurement(key, e.getValue());
            }
        }
        throw new EepException("D2-01 report needs an output, energy or power value");
    }

    private static byte[] encodeStatus(Map<String, Object> values, int channel, Object output) {
        int value = (int) Math.round(percent(output));
        int error = ERROR_LEVELS.indexOf(String.valueOf(values.getOrDefault(name("errorLevel", channel), "ok")));
        boolean overCurrent = Boolean.TRUE.equals(values.get(name("overCurrent", channel)));
        boolean local = Boolean.TRUE.equals(values.get(name("localControl", channel)));
        boolean failure = Boolean.TRUE.equals(values.get("powerFailure"));
        return new byte[] {
            (byte) (0x04 | (failure ? 0xC0 : 0)),
            (byte) ((overCurrent ? 0x80 : 0) | (Math.max(error, 0) << 5) | channel),
            (byte) ((local ? 0x80 : 0) | value)
        };
    }

    private static byte[] encodeMeasurement(String key, Object value) {
        boolean energy = key.startsWith("energy");
        int channel = channelOf(key, energy ? "energy" : "power");
        double v = value instanceof Number n ? n.doubleValue() : Double.NaN;
        double[] unit = unitFor(key, v, energy ? ENERGY_UNITS : POWER_UNITS);
        byte[] data = {(byte) ((int) unit[0] << 5 | 0x07), (byte) channel, 0, 0, 0, 0};
        Bits.set(data, 16, 32, Math.round(v / unit[1]));
        return data;
    }

    /** The first unit that holds the value exactly, else the first that holds it rounded. */
    private static double[] unitFor(String key, double v, double[][] units) {
        double[] fitting = null;
        for (double[] unit : units) {
            double raw = v / unit[1];
            if (raw >= 0 && Math.round(raw) <= MAX_VALUE) {
                if (Math.abs(raw - Math.rint(raw)) < 1e-6) {
                    return unit;
                }
                fitting = fitting == null ? unit : fitting;
            }
        }
        if (fitting == null) {
            throw new EepException(key + " " + v + " cannot be reported by a D2-01 measurement response");
        }
        return fitting;
    }

    static double percent(Object value) {
        if (value instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 100) {
            return n.doubleValue();
        }
        throw new EepException("output must be 0..100 %, got " + value);
    }

    private static int channelOf(String key, String base) {
        int channel = key.length() == base.length() ? 0 : Integer.parseInt(key.substring(base.length()));
        if (channel > MAX_CHANNEL) {
            throw new EepException(key + ": channel " + channel + " outside 0..29");
        }
        return channel;
    }

    private static String name(String base, int channel) {
        return ElectronicSwitchProfile.channelResource(base, channel);
    }
}
