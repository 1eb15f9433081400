// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.sim;

import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Rorg;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A temperature and humidity sensor, EEP A5-04-01: DB2 humidity 0..250 for 0..100 %RH, DB1 temperature 0..250 for
 * 0..40 °C, DB0 bit 3 LRN = 1 (data telegram), bit 1 TSN = 1 (temperature sensor present).
 */
public final class TemperatureHumiditySensor implements SimulatedDevice {

    private final int id;
    private double temperature = 21.0;
    private double humidity = 45.0;

    public TemperatureHumiditySensor(int id) {
        this.id = id;
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public String eep() {
        return "A5-04-01";
    }

    public synchronized void set(double celsius, double relativeHumidity) {
        this.temperature = Math.max(0, Math.min(40, celsius));
        this.humidity = Math.max(0, Math.min(100, relativeHumidity));
    }

    @Override
    public synchronized Erp1Telegram telegram() {
        byte[] data = {
            0, (byte) Math.round(humidity * 250 / 100), (byte) Math.round(temperature * 250 / 40), (byte) 0x0A
        };
        return new Erp1Telegram(Rorg.BS4, data, id, 0, 1, 0xFFFFFFFF, -55, 0);
    }

    @Override
    public Optional<Erp1Telegram> teachIn() {
        return Optional.of(Erp1Telegram.outgoing(Rorg.BS4, SimulatedDevice.teachIn4bs(0x04, 0x01, 0x7FF), id));
    }

    @Override
    public synchronized void drift(RandomGenerator random) {
        set(temperature + random.nextDouble(-0.3, 0.3), humidity + random.nextDouble(-1, 1));
    }
}
