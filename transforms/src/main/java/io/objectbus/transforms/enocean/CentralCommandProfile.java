// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import io.objectbus.component.enocean.frame.Rorg;
import java.util.List;
import java.util.Map;

/**
 * A5-38-08 central command, gateway to actuator (EEP 2.6, A5-38-08): DB3 is the command.
 *
 * <pre>
 * CMD 1 switching  DB2..DB1 time in 1/10 s (0..6553.5 s), DB0.2 lock, DB0.1 delay (0 duration, 1 delay), DB0.0 on
 * CMD 2 dimming    DB2 dim value (0..100 % absolute, 0..255 relative), DB1 ramp time 0..255 s,
 *                  DB0.2 relative, DB0.1 store final value, DB0.0 on
 * </pre>
 *
 * Telegrams of this profile are commands, so {@link #decode} reads them as {@link #decodeCommand} does.
 */
final class CentralCommandProfile implements EepActuator {

    private static final EepId ID = new EepId(Rorg.BS4, 0x38, 0x08);

    private final TableProfile switching = TableProfile.bs4(
            0x38,
            0x08,
            "Central Command: switching",
            Field.integer("command", 0, 8, null),
            Field.scaled("time", 8, 16, 0, 65535, 0, 6553.5, "s"),
            Field.flag("lock", 29),
            Field.flag("delay", 30),
            Field.flag("switch", 31));

    private final TableProfile dimming = TableProfile.bs4(
            0x38,
            0x08,
            "Central Command: dimming",
            Field.integer("command", 0, 8, null),
            Field.scaled("dimValue", 8, 8, 0, 100, 0, 100, "%").when(29, 1, 0),
            Field.integer("dimValue", 8, 8, null).when(29, 1, 1),
            Field.integer("rampTime", 16, 8, "s"),
            Field.flag("relative", 29),
            Field.flag("store", 30),
            Field.flag("switch", 31));

    @Override
    public EepId id() {
        return ID;
    }

    @Override
    public String title() {
        return "Gateway: Central Command (switching, dimming)";
    }

    @Override
    public List<ResourceSpec> resources() {
        return List.of(
                ResourceSpec.flag("switch").asWritable(),
                ResourceSpec.number("dimValue", "%", 0, 100).asWritable());
    }

    @Override
    public EepResult decode(byte[] data, int status) {
        return decodeCommand(data);
    }

    @Override
    public EepData encode(Map<String, Object> values) {
        return values.containsKey("dimValue")
                ? encodeCommand(new Command("dim", values))
                : encodeCommand(new Command("switch", values));
    }

    @Override
    public List<String> commands() {
        return List.of("switch", "dim");
    }

    /**
     * "switch" takes {@code switch} (on/off), {@code time} (s), {@code delay}, {@code lock}; "dim" takes
     * {@code dimValue} (0..100 %), {@code rampTime} (s), {@code switch}, {@code store}, {@code relative}.
     */
    @Override
    public EepData encodeCommand(Command c) {
        Map<String, Object> args = new java.util.HashMap<>(c.arguments());
        args.remove("command");
        switch (c.name()) {
            case "switch" -> args.put("command", 1);
            case "dim" -> {
                args.put("command", 2);
                args.putIfAbsent("switch", c.number("dimValue", 0) > 0);
                checkDimValue(c);
            }
            default -> throw new EepException(ID + " has no command " + c.name() + "; commands are " + commands());
        }
        return (c.name().equals("dim") ? dimming : switching).encode(args);
    }

    @Override
    public EepResult decodeCommand(byte[] data) {
        if (data.length != 4) {
            return EepResult.rejected(ID + " needs 4 data bytes, got " + data.length);
        }
        return switch (data[0]) {
            case 1 -> switching.decode(data, 0);
            case 2 -> dimming.decode(data, 0);
            default ->
                EepResult.rejected(ID + ": command " + (data[0] & 0xFF) + " is not switching (1) or dimming" + " (2)");
        };
    }

    @Override
    public Command commandFor(String resource, Object value) {
        return switch (resource) {
            case "switch" -> new Command("switch", Map.of("switch", value));
            case "dimValue" -> new Command("dim", Map.of("dimValue", value));
            default ->
                throw new EepException(ID + ": " + resource + " is not writable; writable are switch," + " dimValue");
        };
    }

    private static void checkDimValue(Command c) {
        double v = c.number("dimValue", 0);
        double max = c.flag("relative", false) ? 255 : 100;
        if (v < 0 || v > max || v != Math.rint(v)) {
            throw new EepException("dimValue " + v + " outside 0.." + (int) max);
        }
    }
}
