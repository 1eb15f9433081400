// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.sim;

import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Rorg;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * An occupancy sensor, EEP A5-07-01: DB3 supply voltage 0..250 for 0..5.0 V, DB1 PIR status (0..127 uncertain,
 * 128..255 motion detected), DB0 bit 3 LRN = 1, bit 0 = 1 (supply voltage supported).
 */
public final class OccupancySensor implements SimulatedDevice {

    private final int id;
    private boolean occupied;
    private double voltage = 3.2;

    public OccupancySensor(int id) {
        this.id = id;
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public String eep() {
        return "A5-07-01";
    }

    public synchronized Erp1Telegram detect(boolean motion) {
        this.occupied = motion;
        return telegram();
    }

    @Override
    public synchronized Erp1Telegram telegram() {
        byte[] data = {(byte) Math.round(voltage * 50), 0, (byte) (occupied ? 0xFF : 0x00), 0x09};
        return new Erp1Telegram(Rorg.BS4, data, id, 0, 1, 0xFFFFFFFF, -63, 0);
    }

    @Override
    public Optional<Erp1Telegram> teachIn() {
        return Optional.of(Erp1Telegram.outgoing(Rorg.BS4, SimulatedDevice.teachIn4bs(0x07, 0x01, 0x7FF), id));
    }

    @Override
    public synchronized void drift(RandomGenerator random) {
        occupied = random.nextBoolean();
    }
}
