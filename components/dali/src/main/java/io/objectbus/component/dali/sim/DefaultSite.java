// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.sim;

import io.objectbus.component.dali.frame.ButtonEvent;
import io.objectbus.component.dali.frame.EventMessage;
import io.objectbus.component.dali.frame.OccupancyEvent;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The node's simulated DALI bus: four LED drivers A0..A3 (A0 and A1 in group 0, A2 and A3 in group 1, scene 0 at
 * half light), one driver without a short address to commission, and a multi-sensor at device address 0 with a push
 * button (instance 0), an occupancy sensor (1) and a light sensor (2) whose values change every period.
 */
public final class DefaultSite implements AutoCloseable {

    private final DaliServerSimulator server;
    private final ScheduledExecutorService ticker;
    private final SimulatedInputDevice sensor;
    private int tick;

    private DefaultSite(DaliServerSimulator server, long periodMillis) {
        this.server = server;
        SimulatedBus bus = server.bus();
        this.sensor = bus.add(new SimulatedInputDevice(
                0, List.of(EventMessage.PUSH_BUTTON, EventMessage.OCCUPANCY_SENSOR, EventMessage.LIGHT_SENSOR)));
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dali-sim-site");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::tick, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Starts the site's daliserver on loopback at {@code port} (0: a free one). */
    public static DefaultSite start(int port, long periodMillis) throws IOException {
        SimulatedBus bus = new SimulatedBus(62386);
        for (int a = 0; a < 4; a++) {
            bus.add(new SimulatedGear(a, 0x100 * (a + 1))
                    .inGroups(a / 2)
                    .withScene(0, 229)
                    .withLevel(a % 2 == 0 ? 254 : 0));
        }
        bus.add(new SimulatedGear(-1, 0));
        return new DefaultSite(new DaliServerSimulator(bus, port), periodMillis);
    }

    public int port() {
        return server.port();
    }

    private void tick() {
        tick++;
        boolean occupied = tick % 6 < 3;
        int illuminance = 300 + (tick * 37) % 400;
        sensor.setInputValue(1, occupied ? 0xFFFF : 0);
        sensor.setInputValue(2, illuminance << 6);
        SimulatedBus bus = server.bus();
        bus.emit(new EventMessage(
                EventMessage.Scheme.DEVICE_INSTANCE,
                0,
                -1,
                1,
                -1,
                new OccupancyEvent(occupied, occupied, false, true).encode()));
        bus.emit(new EventMessage(EventMessage.Scheme.DEVICE_INSTANCE, 0, -1, 2, -1, illuminance));
        if (tick % 4 == 0) {
            bus.emit(new EventMessage(
                    EventMessage.Scheme.DEVICE_INSTANCE, 0, -1, 0, -1, ButtonEvent.SHORT_PRESS.info()));
        }
    }

    @Override
    public void close() throws IOException {
        ticker.shutdownNow();
        server.close();
    }
}
