// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * D2-01 configuration commands as tables of fields (EEP 2.6.x, D2-01; offsets count from bit 7 of byte 0).
 *
 * <pre>
 * CMD 2 actuator set local        4 bytes: d/e(0) CMD(4..7) OC(8) RO(9) LC(10) I/O(11..15) DT2(16..19) DT3(20..23)
 *                                          d/n(24) PF(25) DS(26..27) DT1(28..31)
 *                                 dim timers 0 not used, 1..15 = 0.5..7.5 s
 * CMD 5 actuator set measurement  6 bytes: CMD(4..7) RM(8) RE(9) e/p(10) I/O(11..15) MD LSB(16..19) UN(21..23)
 *                                          MD MSB(24..31) MAT(32..39) MIT(40..47)
 *                                 MD 0..4095 in the unit UN; MAT 10..2550 s (10 s steps), MIT 1..255 s, MAT >= MIT
 * </pre>
 *
 * Arguments are the field names below plus {@code channel} (0..29, 30 = all) and, for set measurement,
 * {@code delta}. Absent arguments are 0 (disabled, off, day) except where a default is given.
 */
final class SwitchConfigCommands {

    static final String SET_LOCAL = "setLocal";
    static final String SET_MEASUREMENT = "setMeasurement";

    private static final Map<Integer, String> UNITS = Map.of(0, "Ws", 1, "Wh", 2, "kWh", 3, "W", 4, "kW");

    private static final List<Field> LOCAL = List.of(
            Field.flag("taughtInDevices", 0),
            Field.states("overCurrentShutDown", 8, 1, Map.of(0, "static-off", 1, "automatic-restart")),
            Field.flag("resetOverCurrent", 9),
            Field.flag("localControl", 10),
            dimTimer("dimTimer2", 16),
            dimTimer("dimTimer3", 20),
            Field.states("userInterface", 24, 1, Map.of(0, "day", 1, "night")),
            Field.flag("powerFailureDetection", 25),
            Field.states("defaultState", 26, 2, Map.of(0, "off", 1, "on", 2, "previous")),
            dimTimer("dimTimer1", 28));

    private static final List<Field> MEASUREMENT = List.of(
            Field.flag("autoReport", 8),
            Field.flag("resetMeasurement", 9),
            Field.states("kind", 10, 1, Map.of(0, "energy", 1, "power")),
            Field.states("unit", 21, 3, UNITS),
            Field.scaled("maxInterval", 32, 8, 1, 255, 10, 2550, "s"),
            Field.scaled("minInterval", 40, 8, 1, 255, 1, 255, "s"));

    /** Project defaults of set measurement: report at most every 10 s and at least every 10 minutes. */
    private static final Map<String, Object> MEASUREMENT_DEFAULTS =
            Map.of("kind", "energy", "maxInterval", 600, "minInterval", 10);

    private SwitchConfigCommands() {}

    static byte[] setLocal(Command c, int channel) {
        return encode(0x02, 4, LOCAL, new HashMap<>(c.arguments()), channel, c.name());
    }

    static byte[] setMeasurement(Command c, int channel) {
        Map<String, Object> args = new HashMap<>(MEASUREMENT_DEFAULTS);
        args.putAll(c.arguments());
        boolean power = "power".equals(args.get("kind"));
        args.putIfAbsent("unit", power ? "W" : "Wh");
        if (power != String.valueOf(args.get("unit")).matches("k?W")) {
            throw new EepException(c.name() + ": unit " + args.get("unit") + " does not measure " + args.get("kind"));
        }
        double delta = c.number("delta", 0);
        if (delta != Math.rint(delta) || delta < 0 || delta > 4095) {
            throw new EepException(c.name() + ": delta " + delta + " outside 0..4095");
        }
        byte[] data = encode(0x05, 6, MEASUREMENT, args, channel, c.name());
        Bits.set(data, 16, 4, (long) delta & 0x0F);
        Bits.set(data, 24, 8, (long) delta >> 4);
        if ((data[4] & 0xFF) * 10 < (data[5] & 0xFF)) {
            throw new EepException(c.name() + ": maxInterval must not be below minInterval");
        }
        return data;
    }

    static EepResult decode(byte[] data) {
        int cmd = data[0] & 0x0F;
        boolean local = cmd == 0x02;
        int length = local ? 4 : 6;
        String name = local ? SET_LOCAL : SET_MEASUREMENT;
        if (data.length != length) {
            return EepResult.rejected("D2-01 " + name + " needs " + length + " bytes, got " + data.length);
        }
        List<Reading> readings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        readings.add(new Reading("command", name, null));
        readings.add(new Reading("channel", Bits.get(data, 11, 5), null));
        (local ? LOCAL : MEASUREMENT).forEach(f -> f.decode(data, readings, problems));
        if (!local) {
            readings.add(new Reading("delta", Bits.get(data, 24, 8) << 4 | Bits.get(data, 16, 4), null));
        }
        return new EepResult(readings, problems);
    }

    private static byte[] encode(
            int cmd, int length, List<Field> table, Map<String, Object> args, int channel, String name) {
        Set<String> known = new HashSet<>(Set.of("channel", "delta"));
        table.forEach(f -> known.add(f.spec().id()));
        if (!known.containsAll(args.keySet())) {
            args.keySet().removeAll(known);
            throw new EepException(name + ": unknown arguments " + args.keySet() + "; arguments are " + known);
        }
        byte[] data = new byte[length];
        data[0] = (byte) cmd;
        for (Field field : table) {
            field.encode(args, data);
        }
        Bits.set(data, 11, 5, channel);
        return data;
    }

    private static Field dimTimer(String id, int offset) {
        return Field.scaled(id, offset, 4, 0, 15, 0, 7.5, "s");
    }
}
