// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.sim;

import io.objectbus.bacnet.model.ObjectType;
import io.objectbus.bacnet.server.DeviceConfig;
import io.objectbus.bacnet.server.FaultPlan;
import io.objectbus.bacnet.server.InMemoryObjectStore;
import io.objectbus.bacnet.server.LocalDevice;
import io.objectbus.bacnet.server.PointObject;
import io.objectbus.bacnet.stack.BacnetStack;
import io.objectbus.bacnet.stack.StackConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A simulated BACnet/IP device with analog, binary and multi-state objects whose values move: for tests and for a
 * node's default simulated site. It can be told to stop answering, and to answer a service with Error, Reject or
 * Abort, through {@link #faults()}, and to {@link #restart()}.
 */
public final class SimulatedBacnetDevice implements AutoCloseable {
    private final BacnetStack stack;
    private final InMemoryObjectStore objects;
    private final LocalDevice device;
    private final SimulatedMotion motion;
    private ScheduledFuture<?> moving;

    private SimulatedBacnetDevice(BacnetStack stack, InMemoryObjectStore objects, LocalDevice device) {
        this.stack = stack;
        this.objects = objects;
        this.device = device;
        this.motion = new SimulatedMotion(objects);
    }

    /** Starts a device with the standard objects and {@code extraValues} more analog values (for long lists). */
    public static SimulatedBacnetDevice start(StackConfig config, int instance, int extraValues) throws IOException {
        BacnetStack stack = BacnetStack.open(config);
        InMemoryObjectStore objects = SimulatedObjects.standard();
        for (int i = 0; i < extraValues; i++) {
            objects.add(SimulatedObjects.extra(ObjectType.ANALOG_VALUE, 100 + i));
        }
        LocalDevice device = new LocalDevice(stack, DeviceConfig.of(instance, "Simulated Device " + instance), objects);
        return new SimulatedBacnetDevice(stack, objects, device.start());
    }

    /** Starts a device on {@code port} of every interface, broadcasting to {@code broadcastAddress}. */
    public static SimulatedBacnetDevice start(int port, int instance, String broadcastAddress) throws IOException {
        StackConfig config = StackConfig.defaults().withLocalPort(port).withBroadcast(broadcastAddress, port);
        return start(config, instance, 0);
    }

    /** Moves the values every {@code period} (a sine for analog inputs, toggles and cycles for the others). */
    public SimulatedBacnetDevice moveEvery(Duration period) {
        stopMoving();
        moving = stack.scheduler()
                .scheduleAtFixedRate(motion::step, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    public void stopMoving() {
        if (moving != null) {
            moving.cancel(false);
        }
    }

    /** Moves the values by one step now. */
    public void step() {
        motion.step();
    }

    /**
     * Restarts the device as a power cycle does on a device that keeps no priority arrays: every command is gone
     * (present values fall back to their relinquish defaults), so are the COV subscriptions, and the device says
     * I-Am again, to its broadcast address, unless it is silent.
     */
    public void restart() {
        objects.objects().forEach(object -> ((PointObject) object).forgetCommands());
        device.restart();
    }

    public InMemoryObjectStore objects() {
        return objects;
    }

    public LocalDevice device() {
        return device;
    }

    public FaultPlan faults() {
        return device.faults();
    }

    public int instance() {
        return device.config().instance();
    }

    public int port() {
        return stack.localPort();
    }

    @Override
    public void close() {
        stopMoving();
        device.close();
        stack.close();
    }

    /** Runs a device: {@code [port [instance [broadcast-address]]]}, defaults 47808, 1001, 255.255.255.255. */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : StackConfig.DEFAULT_PORT;
        int instance = args.length > 1 ? Integer.parseInt(args[1]) : 1001;
        String broadcast = args.length > 2 ? args[2] : "255.255.255.255";
        try (SimulatedBacnetDevice sim = start(port, instance, broadcast).moveEvery(Duration.ofSeconds(2))) {
            new CountDownLatch(1).await();
        }
    }
}
