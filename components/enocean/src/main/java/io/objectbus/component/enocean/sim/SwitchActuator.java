// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.sim;

import io.objectbus.component.enocean.frame.EnoceanIds;
import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Rorg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An electronic switch actuator, EEP D2-01-12 (two channels). It answers a VLD "actuator set output" (CMD 0x1: DV
 * bits 7..5 and I/O channel bits 4..0 of byte 1, output value bits 6..0 of byte 2; channel 0x1E = all) and an
 * "actuator status query" (CMD 0x3) with one "actuator status response" (CMD 0x4) per channel, addressed to the
 * sender of the command.
 */
public final class SwitchActuator implements SimulatedDevice {

    private static final int ALL_CHANNELS = 0x1E;

    private final int id;
    private final int[] outputs;

    public SwitchActuator(int id, int channels) {
        this.id = id;
        this.outputs = new int[channels];
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public String eep() {
        return "D2-01-12";
    }

    /** The output value of a channel: 0 off, 1..100 on or dimmed. */
    public synchronized int output(int channel) {
        return outputs[channel];
    }

    @Override
    public synchronized Erp1Telegram telegram() {
        return status(0, EnoceanIds.BROADCAST);
    }

    @Override
    public Optional<Erp1Telegram> teachIn() {
        byte[] ute = {(byte) 0xA0, (byte) outputs.length, (byte) 0xFF, 0x07, 0x12, 0x01, (byte) Rorg.VLD};
        return Optional.of(Erp1Telegram.outgoing(Rorg.UTE, ute, id));
    }

    @Override
    public synchronized List<Erp1Telegram> receive(Erp1Telegram t) {
        byte[] data = t.userData();
        boolean forMe = t.destinationId() == id || t.destinationId() == EnoceanIds.BROADCAST;
        if (t.rorg() != Rorg.VLD || !forMe || data.length < 2) {
            return List.of();
        }
        int command = data[0] & 0x0F;
        int channel = data[1] & 0x1F;
        if (command == 0x01 && data.length >= 3) {
            set(channel, data[2] & 0x7F);
        } else if (command != 0x03) {
            return List.of();
        }
        return statusOf(channel, t.senderId());
    }

    private void set(int channel, int value) {
        if (value > 100) {
            return;
        }
        for (int c = 0; c < outputs.length; c++) {
            if (channel == ALL_CHANNELS || channel == c) {
                outputs[c] = value;
            }
        }
    }

    private List<Erp1Telegram> statusOf(int channel, int destination) {
        List<Erp1Telegram> answers = new ArrayList<>();
        for (int c = 0; c < outputs.length; c++) {
            if (channel == ALL_CHANNELS || channel == c) {
                answers.add(status(c, destination));
            }
        }
        return answers;
    }

    private Erp1Telegram status(int channel, int destination) {
        byte[] data = {0x04, (byte) (channel & 0x1F), (byte) (outputs[channel] & 0x7F)};
        return new Erp1Telegram(Rorg.VLD, data, id, 0, 1, destination, -50, 0);
    }
}
