// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.modbus;

import io.objectbus.modbus.sim.DeviceImage;
import io.objectbus.modbus.sim.SimulatedModbusDevice;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The simulated site's Modbus I/O module, on a loopback port, with the register map of
 * {@code routes/simulator/sim-modbus.camel.yaml}: a supply temperature (input 0, int16 in 0.1 °C), a 4–20 mA tank
 * level (input 1, in µA), a flow (inputs 2–3, float32 m³/h), a pulse counter (inputs 4–5, uint32), a door contact
 * (discrete 0), a set point (holding 10–11, float32) and a pump (coil 0). The inputs change every period.
 */
final class SimulatedIoModule extends ServiceSupport {

    private final DeviceImage image = new DeviceImage(100);
    private final SimulatedModbusDevice device;
    private final long period;
    private ScheduledExecutorService ticker;
    private long ticks;
    private long pulses;

    SimulatedIoModule(int port, long period) {
        this.device = new SimulatedModbusDevice(image, "127.0.0.1", port);
        this.period = period;
    }

    /** Listens before the routes start, so that the adapter's first connection finds it. */
    int open() throws Exception {
        image.float32(true, 10, 21.0f);
        step();
        device.start();
        return device.port();
    }

    @Override
    protected void doStart() {
        ticker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "sim-modbus"));
        ticker.scheduleAtFixedRate(this::step, period, period, TimeUnit.MILLISECONDS);
    }

    private void step() {
        ticks++;
        double phase = ticks / 30.0;
        image.input(0, (int) Math.round(220 + 20 * Math.sin(phase)));
        image.input(1, (int) Math.round(12000 + 6000 * Math.sin(phase / 3)));
        image.float32(false, 2, (float) (image.coil(0) ? 3.2 + 0.2 * Math.sin(phase * 2) : 0));
        pulses = (pulses + (image.coil(0) ? 50 : 0)) & 0xFFFF_FFFFL;
        image.input(4, (int) (pulses >>> 16));
        image.input(5, (int) (pulses & 0xFFFF));
        image.discrete(0, ticks % 20 < 3);
    }

    @Override
    protected void doStop() throws Exception {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        device.close();
    }
}
