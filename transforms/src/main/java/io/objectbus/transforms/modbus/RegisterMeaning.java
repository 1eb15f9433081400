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
 * {@code description}, {@code scale} and {@code offset} (value = raw × scale + offset), then at most one of
 * {@code linear} (a signal range onto an engineering range), {@code threshold} (to a boolean) and {@code rate} (a
 * counter to a rate). Each entry has its own helper instance: thresholds and rates remember the last reading.
 */
record RegisterMeaning(
        String object,
        String unit,
        String description,
        double scale,
        double offset,
        LinearScale linear,
        Threshold threshold,
        CounterRate rate) {

    static RegisterMeaning of(Register register) {
        Map<String, Object> keys = register.meaning();
        try {
            return new RegisterMeaning(
                    text(keys.get("object")),
                    text(keys.get("unit")),
                    text(keys.get("description")),
                    number(keys.getOrDefault("scale", 1), "scale"),
                    number(keys.getOrDefault("offset", 0), "offset"),
                    linear(keys.get("linear")),
                    threshold(keys.get("threshold")),
                    rate(keys.get("rate"), register.type()));
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

    private static LinearScale linear(Object value) {
        if (value == null) {
            return null;
        }
        Map<?, ?> map = (Map<?, ?>) value;
        double[] in = pair(map.get("in"), signal(map.get("signal")), "linear in");
        double[] out = pair(map.get("out"), null, "linear out");
        boolean clamp = "clamp".equals(text(map.get("outOfRange")));
        return new LinearScale(in[0], in[1], out[0], out[1], clamp);
    }

    private static double[] signal(Object name) {
        if (name == null) {
            return null;
        }
        return switch (name.toString()) {
            case "4-20mA" -> new double[] {4, 20};
            case "0-20mA" -> new double[] {0, 20};
            case "0-10V" -> new double[] {0, 10};
            default -> throw new IllegalArgumentException("signal is 4-20mA, 0-20mA or 0-10V (got " + name + ")");
        };
    }

    private static Threshold threshold(Object value) {
        if (value == null) {
            return null;
        }
        Map<?, ?> map = (Map<?, ?>) value;
        double on = number(map.get("on"), "threshold on");
        return new Threshold(on, map.get("off") == null ? on : number(map.get("off"), "threshold off"));
    }

    private static CounterRate rate(Object value, DataType type) {
        if (value == null) {
            return null;
        }
        Map<?, ?> map = (Map<?, ?>) value;
        Duration per =
                switch (String.valueOf(map.get("per") == null ? "s" : map.get("per"))) {
                    case "s" -> Duration.ofSeconds(1);
                    case "min" -> Duration.ofMinutes(1);
                    case "h" -> Duration.ofHours(1);
                    default ->
                        throw new IllegalArgumentException("rate per is s, min or h (got " + map.get("per") + ")");
                };
        long rollover = map.get("rollover") == null
                ? (type == DataType.uint16 ? 1L << 16 : type == DataType.uint32 ? 1L << 32 : 0)
                : (long) number(map.get("rollover"), "rate rollover");
        return new CounterRate(rollover, per);
    }

    private static double[] pair(Object value, double[] fallback, String what) {
        if (value == null && fallback != null) {
            return fallback;
        }
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
