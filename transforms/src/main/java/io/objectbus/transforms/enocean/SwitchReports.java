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
    private static final double[] ENERGY_FACTORS = {1 / 3600.0, 1, 1000};
    private static final double[] POWER_FACTORS = {1, 1000};

    private SwitchReports() {}

    static EepResult status(byte[] data) {
        if (data.length != 3) {
            return EepResult.rejected("D2-01 status response needs 3 bytes, got " + data.length);
        }
        int channel = data[1] & 0x1F;
        int value = data[2] & 0x7F;
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
        if (!(v >= 0 && v <= 0xFFFFFFFFL)) {
            throw new EepException(key + " must be a number 0..4294967295, got " + value);
        }
        byte[] data = {(byte) ((energy ? 1 : 3) << 5 | 0x07), (byte) channel, 0, 0, 0, 0};
        Bits.set(data, 16, 32, Math.round(v));
        return data;
    }

    static double percent(Object value) {
        if (value instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 100) {
            return n.doubleValue();
        }
        throw new EepException("output must be 0..100 %, got " + value);
    }

    private static int channelOf(String key, String base) {
        int channel = key.length() == base.length() ? 0 : Integer.parseInt(key.substring(base.length()));
        if (channel > 29) {
            throw new EepException(key + ": channel " + channel + " outside 0..29");
        }
        return channel;
    }

    private static String name(String base, int channel) {
        return ElectronicSwitchProfile.channelResource(base, channel);
    }
}
