// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.modbus;

import io.objectbus.modbus.model.DataType;
import io.objectbus.modbus.model.Register;
import io.objectbus.transforms.analog.CounterRate;
import io.objectbus.transforms.analog.LinearScale;
import io.objectbus.transforms.analog.Threshold;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a register map entry means on the bus, from its keys beyond the protocol's: {@code object}, {@code unit},
 * {@code description}, {@code scale} and {@code offset} (value = raw × scale + offset), then at most one helper:
 * {@code signal} with {@code range} and {@code outOfRange} (a signal range onto an engineering range),
 * {@code threshold} (to a boolean) or {@code rate} with {@code rollover} (a counter to a rate); {@code decimals}
 * rounds the value ({@link Rounding}). The keys are flat, so
 * that an entry fits one flow mapping without {@code }}}, which Camel reads as the end of a property placeholder.
 * Each entry has its own helper instance: thresholds and rates remember the last reading.
 */
record RegisterMeaning(
        String object,
        String unit,
        String description,
        double scale,
        double offset,
        LinearScale linear,
        Threshold threshold,
        CounterRate rate,
        Rounding rounding) {

    static RegisterMeaning of(Register register) {
        Map<String, Object> keys = register.meaning();
        try {
            double scale = number(keys.getOrDefault("scale", 1), "scale");
            double offset = number(keys.getOrDefault("offset", 0), "offset");
            LinearScale linear = linear(keys);
            CounterRate rate = rate(keys, register.type());
            return new RegisterMeaning(
                    text(keys.get("object")),
                    text(keys.get("unit")),
                    text(keys.get("description")),
                    scale,
                    offset,
                    linear,
                    threshold(keys.get("threshold")),
                    rate,
                    Rounding.of(keys.get("decimals"), register.type(), scale, offset, linear, rate != null));
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("register " + register.name() + ": " + e.getMessage());
        }
    }

    boolean isBoolean(Register register) {
        return register.type() == DataType.bit || threshold != null;
    }

    /** Writes can be undone through scale, offset and a linear range, not through a threshold or a rate. */
    boolean invertible() {
        return threshold == null && rate == null;
    }

    private static LinearScale linear(Map<String, Object> keys) {
        if (keys.get("signal") == null) {
            if (keys.get("range") != null) {
                throw new IllegalArgumentException("range is the engineering range of a signal: add signal");
            }
            return null;
        }
        double[] in = signal(keys.get("signal"));
        double[] out = pair(keys.get("range"), "range");
        Object outOfRange = keys.getOrDefault("outOfRange", "bad");
        if (!"bad".equals(outOfRange) && !"clamp".equals(outOfRange)) {
            throw new IllegalArgumentException("outOfRange is bad or clamp (got " + outOfRange + ")");
        }
        return new LinearScale(in[0], in[1], out[0], out[1], "clamp".equals(outOfRange));
    }

    private static double[] signal(Object signal) {
        return switch (signal.toString()) {
            case "4-20mA" -> new double[] {4, 20};
            case "0-20mA" -> new double[] {0, 20};
            case "0-10V" -> new double[] {0, 10};
            default -> {
                if (signal instanceof List<?>) {
                    yield pair(signal, "signal");
                }
                throw new IllegalArgumentException(
                        "signal is 4-20mA, 0-20mA, 0-10V or [low, high] (got " + signal + ")");
            }
        };
    }

    private static Threshold threshold(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?>) {
            double[] limits = pair(value, "threshold");
            return new Threshold(limits[0], limits[1]);
        }
        double on = number(value, "threshold");
        return new Threshold(on, on);
    }

    private static CounterRate rate(Map<String, Object> keys, DataType type) {
        Object per = keys.get("rate");
        if (per == null) {
            return null;
        }
        Duration unit =
                switch (per.toString()) {
                    case "s" -> Duration.ofSeconds(1);
                    case "min" -> Duration.ofMinutes(1);
                    case "h" -> Duration.ofHours(1);
                    default ->
                        throw new IllegalArgumentException(
                                "rate is s, min or h: the rate's time unit (got " + per + ")");
                };
        long rollover = keys.get("rollover") == null
                ? (type == DataType.uint16 ? 1L << 16 : type == DataType.uint32 ? 1L << 32 : 0)
                : (long) number(keys.get("rollover"), "rollover");
        return new CounterRate(rollover, unit);
    }

    private static double[] pair(Object value, String what) {
        if (!(value instanceof List<?> list) || list.size() != 2) {
            throw new IllegalArgumentException(what + " needs two numbers, [low, high] (got " + value + ")");
        }
        return new double[] {number(list.get(0), what), number(list.get(1), what)};
    }

    private static double number(Object value, String what) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number (got " + value + ")");
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
