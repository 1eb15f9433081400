// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.List;

/**
 * D2-01 gateway commands.
 *
 * <pre>
 * CMD 1 actuator set output        byte0 CMD; byte1 DV(7..5) I/O(4..0); byte2 OV(6..0) 0..100 %
 *                                  DV 0 switch, 1..3 dim with timer 1..3, 4 stop dimming
 * CMD 3 actuator status query      byte0 CMD; byte1 I/O(4..0)
 * CMD 6 actuator measurement query byte0 CMD; byte1 QU(5: 0 energy, 1 power) I/O(4..0)
 * </pre>
 *
 * The configuration commands 2 (set local) and 5 (set measurement) are in {@link SwitchConfigCommands}.
 *
 * I/O channel 0x1E addresses all channels.
 */
final class SwitchCommands {

    private static final List<String> NAMES = List.of("", "setOutput", "", "queryStatus", "", "", "queryMeasurement");

    private SwitchCommands() {}

    static int channel(Command c) {
        double channel = c.number("channel", 0);
        if (channel != Math.rint(channel) || channel < 0 || channel > ElectronicSwitchProfile.ALL_CHANNELS) {
            throw new EepException(c.name() + ": channel " + channel + " outside 0..29 (30 = all)");
        }
        return (int) channel;
    }

    static byte[] setOutput(Command c, int channel) {
        double value = SwitchReports.percent(c.arguments().get("value"));
        double timer = c.number("dimTimer", 0);
        if (timer != Math.rint(timer) || timer < 0 || timer > 4) {
            throw new EepException("setOutput: dimTimer " + timer + " outside 0..4");
        }
        return new byte[] {0x01, (byte) (((int) timer << 5) | channel), (byte) Math.round(value)};
    }

    static byte[] queryMeasurement(Command c, int channel) {
        Object kind = c.arguments().getOrDefault("kind", "energy");
        if (!kind.equals("energy") && !kind.equals("power")) {
            throw new EepException("queryMeasurement: kind must be energy or power, got " + kind);
        }
        return new byte[] {0x06, (byte) ((kind.equals("power") ? 0x20 : 0) | channel)};
    }

    static EepResult decode(EepId id, byte[] data) {
        int cmd = data.length == 0 ? -1 : data[0] & 0x0F;
        if (cmd == 2 || cmd == 5) {
            return SwitchConfigCommands.decode(data);
        }
        int expected = cmd == 1 ? 3 : 2;
        if (cmd != 1 && cmd != 3 && cmd != 6) {
            return EepResult.rejected(id + ": not a gateway command (CMD " + cmd + ")");
        }
        if (data.length != expected) {
            return EepResult.rejected(id + ": " + NAMES.get(cmd) + " needs " + expected + " bytes, got " + data.length);
        }
        List<Reading> readings = new java.util.ArrayList<>();
        readings.add(new Reading("command", NAMES.get(cmd), null));
        readings.add(new Reading("channel", (long) (data[1] & 0x1F), null));
        if (cmd == 1) {
            readings.add(new Reading("dimTimer", (long) ((data[1] >> 5) & 0x07), null));
            readings.add(new Reading("value", (double) (data[2] & 0x7F), "%"));
        } else if (cmd == 6) {
            readings.add(new Reading("kind", (data[1] & 0x20) != 0 ? "power" : "energy", null));
        }
        return new EepResult(readings, List.of());
    }
}
