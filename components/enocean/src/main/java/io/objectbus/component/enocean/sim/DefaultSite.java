// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.sim;

import java.io.IOException;
import java.net.InetAddress;

/**
 * The simulated EnOcean site of a node's default run: one gateway with a rocker switch, a temperature and humidity
 * sensor, a window handle, an occupancy sensor and a two-channel switch actuator.
 */
public final class DefaultSite {

    /** The base ID the simulated gateway reports. */
    public static final int BASE_ID = 0xFF8A5600;

    private DefaultSite() {}

    /** A started simulator on loopback with the default devices, reporting every {@code periodMillis}. */
    public static GatewaySimulator start(int port, long periodMillis) throws IOException {
        GatewaySimulator simulator = new GatewaySimulator(InetAddress.getLoopbackAddress(), port, BASE_ID)
                .add(new RockerSwitch(0x002A1001))
                .add(new TemperatureHumiditySensor(0x01810002))
                .add(new WindowHandle(0x00810003))
                .add(new OccupancySensor(0x01810004))
                .add(new SwitchActuator(0x01940005, 2))
                .start();
        if (periodMillis > 0) {
            simulator.runPeriodically(periodMillis);
        }
        return simulator;
    }

    /** Runs the default site until the process ends: {@code DefaultSite [port] [periodMillis]}. */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9600;
        long period = args.length > 1 ? Long.parseLong(args[1]) : 10_000;
        start(port, period);
        new java.util.concurrent.CountDownLatch(1).await();
    }
}
