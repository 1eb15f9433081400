// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.sim;

import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Rorg;
import java.util.random.RandomGenerator;

/**
 * A two-rocker switch, EEP F6-02-01. A press sends R1 (bits 7..5: 0 AI, 1 A0, 2 BI, 3 B0) with the energy bow bit 4
 * set and status T21=1 NU=1 (0x30); a release sends 0x00 with status T21=1 NU=0 (0x20).
 */
public final class RockerSwitch implements SimulatedDevice {

    private final int id;
    private int button;
    private boolean pressed;

    public RockerSwitch(int id) {
        this.id = id;
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public String eep() {
        return "F6-02-01";
    }

    /** Presses a button: 0 AI, 1 A0, 2 BI, 3 B0. */
    public synchronized Erp1Telegram press(int buttonIndex) {
        this.button = buttonIndex & 0x03;
        this.pressed = true;
        return telegram();
    }

    public synchronized Erp1Telegram release() {
        this.pressed = false;
        return telegram();
    }

    @Override
    public synchronized Erp1Telegram telegram() {
        byte data = pressed ? (byte) ((button << 5) | 0x10) : 0;
        Erp1Telegram t = Erp1Telegram.outgoing(Rorg.RPS, new byte[] {data}, id);
        return new Erp1Telegram(t.rorg(), t.userData(), id, pressed ? 0x30 : 0x20, 1, t.destinationId(), -60, 0);
    }

    @Override
    public synchronized void drift(RandomGenerator random) {
        pressed = !pressed;
        if (pressed) {
            button = random.nextInt(4);
        }
    }
}
