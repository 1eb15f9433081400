// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import io.objectbus.component.enocean.frame.Rorg;
import java.util.List;
import java.util.Map;

/**
 * D2-01-xx electrical switches and dimmers with local control (EEP 2.6, D2-01), all types: the command ID sits in the
 * low nibble of the first byte. Device reports are "actuator status response" (CMD 4) and "actuator measurement
 * response" (CMD 7); gateway commands are "actuator set output" (CMD 1), "set local" (CMD 2), "status query"
 * (CMD 3), "set measurement" (CMD 5) and "measurement query" (CMD 6). Per-channel resources are named {@code output}, {@code output1}, {@code output2}...: no suffix
 * for channel 0, the channel number otherwise.
 */
final class ElectronicSwitchProfile implements EepActuator {

    static final int ALL_CHANNELS = 0x1E;

    private final EepId id;

    ElectronicSwitchProfile(int type) {
        this.id = new EepId(Rorg.VLD, 0x01, type);
    }

    /** The resource name of a channel. */
    static String channelResource(String base, int channel) {
        return channel == 0 ? base : base + channel;
    }

    @Override
    public EepId id() {
        return id;
    }

    @Override
    public String title() {
        return "Electronic switches and dimmers with Energy Measurement and Local Control";
    }

    @Override
    public List<ResourceSpec> resources() {
        return List.of(
                ResourceSpec.number("output", "%", 0, 100).asWritable(),
                ResourceSpec.states("errorLevel", SwitchReports.ERROR_LEVELS),
                ResourceSpec.flag("overCurrent"),
                ResourceSpec.flag("localControl"),
                ResourceSpec.flag("powerFailure"),
                ResourceSpec.number("energy", "Wh", 0, 4.294967295e12),
                ResourceSpec.number("power", "W", 0, 4.294967295e12));
    }

    @Override
    public EepResult decode(byte[] data, int status) {
        if (data.length == 0) {
            return EepResult.rejected(id + ": empty telegram");
        }
        return switch (data[0] & 0x0F) {
            case 0x04 -> SwitchReports.status(data);
            case 0x07 -> SwitchReports.measurement(data);
            case 0x01, 0x02, 0x03, 0x05, 0x06 ->
                EepResult.rejected(id + ": command telegram (CMD " + (data[0] & 0x0F) + "), not a device report");
            default -> EepResult.rejected(id + ": unsupported command " + (data[0] & 0x0F));
        };
    }

    @Override
    public EepData encode(Map<String, Object> values) {
        return new EepData(Rorg.VLD, SwitchReports.encode(values), 0);
    }

    @Override
    public List<String> commands() {
        return List.of(
                "setOutput",
                "queryStatus",
                "queryMeasurement",
                SwitchConfigCommands.SET_LOCAL,
                SwitchConfigCommands.SET_MEASUREMENT);
    }

    /**
     * "setOutput" takes {@code channel} (0..29, 30 = all; default 0), {@code value} (0..100 %), {@code dimTimer}
     * (0 switch at once, 1..3 dim with timer 1..3, 4 stop dimming); "queryStatus" takes {@code channel};
     * "queryMeasurement" takes {@code channel} and {@code kind} ({@code energy} or {@code power}); "setLocal" and
     * "setMeasurement" (CMD 2 and 5) configure a channel, with the arguments {@link SwitchConfigCommands} lists.
     */
    @Override
    public EepData encodeCommand(Command c) {
        int channel = SwitchCommands.channel(c);
        byte[] data =
                switch (c.name()) {
                    case "setOutput" -> SwitchCommands.setOutput(c, channel);
                    case "queryStatus" -> new byte[] {0x03, (byte) channel};
                    case "queryMeasurement" -> SwitchCommands.queryMeasurement(c, channel);
                    case SwitchConfigCommands.SET_LOCAL -> SwitchConfigCommands.setLocal(c, channel);
                    case SwitchConfigCommands.SET_MEASUREMENT -> SwitchConfigCommands.setMeasurement(c, channel);
                    default ->
                        throw new EepException(id + " has no command " + c.name() + "; commands are " + commands());
                };
        return new EepData(Rorg.VLD, data, 0);
    }

    @Override
    public EepResult decodeCommand(byte[] data) {
        return SwitchCommands.decode(id, data);
    }

    /** {@code output} or {@code outputN} = 0..100 (or true/false) sets that channel's output. */
    @Override
    public Command commandFor(String resource, Object value) {
        if (!resource.matches("output\\d*")) {
            throw new EepException(id + ": " + resource + " is not writable; write output or outputN");
        }
        int channel = resource.length() == 6 ? 0 : Integer.parseInt(resource.substring(6));
        Object percent = value instanceof Boolean b ? (b ? 100 : 0) : value;
        return Command.of("setOutput", "channel", channel, "value", percent);
    }
}
