// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.sim;

import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Rorg;
import java.util.random.RandomGenerator;

/**
 * A window handle, EEP F6-10-00: DB0 bits 7..4 are 0b1111 handle down (closed), 0b11X0 horizontal (open), 0b1101
 * handle up (tilted); status T21=1 NU=0.
 */
public final class WindowHandle implements SimulatedDevice {

    /** Handle positions with their DB0 values. */
    public enum Position {
        CLOSED(0xF0),
        OPEN(0xC0),
        TILTED(0xD0);

        private final int data;

        Position(int data) {
            this.data = data;
        }
    }

    private final int id;
    private Position position = Position.CLOSED;

    public WindowHandle(int id) {
        this.id = id;
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public String eep() {
        return "F6-10-00";
    }

    public synchronized Erp1Telegram turn(Position newPosition) {
        this.position = newPosition;
        return telegram();
    }

    @Override
    public synchronized Erp1Telegram telegram() {
        return new Erp1Telegram(Rorg.RPS, new byte[] {(byte) position.data}, id, 0x20, 1, 0xFFFFFFFF, -71, 0);
    }

    @Override
    public synchronized void drift(RandomGenerator random) {
        position = Position.values()[random.nextInt(Position.values().length)];
    }
}
