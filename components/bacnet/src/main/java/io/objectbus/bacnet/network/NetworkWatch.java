// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.network;

import io.objectbus.bacnet.client.BacnetClient;
import io.objectbus.bacnet.client.BacnetTimeoutException;
import io.objectbus.bacnet.client.CovEvent;
import io.objectbus.bacnet.client.DeviceInfo;
import io.objectbus.bacnet.client.PropertyResult;
import io.objectbus.bacnet.internal.transport.UdpTransport;
import io.objectbus.bacnet.stack.BacnetStack;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the devices of a BACnet/IP network on one port: finds them with Who-Is, reads each device's point objects
 * (analog, binary and multi-state inputs, outputs and values) with ReadPropertyMultiple where the device has it,
 * subscribes to their changes of value where the device allows it and polls them where not, notices when a device
 * stops answering and reads it anew when it answers again, and passes on the I-Am of a device that answers (which a
 * restarted device sends). It tells a {@link NetworkListener}.
 */
public final class NetworkWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NetworkWatch.class);
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final BacnetStack stack;
    private final BacnetClient client;
    private final WatchOptions options;
    private final OrderedEvents events;
    private final DeviceTasks tasks;
    private final Map<Integer, DeviceState> devices = new ConcurrentHashMap<>();
    private final Consumer<DeviceInfo> deviceListener = this::onDevice;
    private final Consumer<CovEvent> covListener = this::onCov;
    private final UdpTransport.SendWatcher sendWatcher = new UdpTransport.SendWatcher() {
        @Override
        public void sendFailed(String reason) {
            events.deliver(listener -> listener.unusable(reason));
        }

        @Override
        public void sendWorks() {
            events.deliver(NetworkListener::usable);
        }
    };
    private ScheduledFuture<?> whoIs;
    private ScheduledFuture<?> ticks;

    public NetworkWatch(BacnetStack stack, WatchOptions options, NetworkListener listener) {
        this.stack = stack;
        this.client = stack.client();
        this.options = options;
        this.events = new OrderedEvents(listener, "bacnet-network-" + COUNT.incrementAndGet());
        this.tasks = new DeviceTasks(client, options, events);
    }

    public NetworkWatch start() {
        client.addDeviceListener(deviceListener);
        client.addCovListener(covListener);
        stack.transport().addSendWatcher(sendWatcher);
        long every = options.whoIsInterval().toMillis();
        whoIs = every > 0
                ? stack.scheduler().scheduleAtFixedRate(this::askWhoIs, 0, every, TimeUnit.MILLISECONDS)
                : stack.scheduler().schedule(this::askWhoIs, 0, TimeUnit.MILLISECONDS);
        long poll = options.pollInterval().toMillis();
        ticks = stack.scheduler().scheduleAtFixedRate(this::tick, poll, poll, TimeUnit.MILLISECONDS);
        return this;
    }

    /** A periodic task must not throw: that would end it silently. */
    private void askWhoIs() {
        try {
            client.whoIs(options.lowLimit(), options.highLimit());
        } catch (RuntimeException e) {
            LOG.warn("Who-Is broadcast failed: {}", e.getMessage());
        }
    }

    private void onDevice(DeviceInfo info) {
        if (!options.watches(info.instance())) {
            return;
        }
        DeviceState device = devices.computeIfAbsent(info.instance(), instance -> new DeviceState(info));
        device.info(info);
        if (device.phase() != DeviceState.Phase.ONLINE) {
            run(device, tasks::scan);
        } else {
            events.deliver(listener -> listener.announced(info));
        }
    }

    private void onCov(CovEvent event) {
        DeviceState device = devices.get(event.deviceInstance());
        if (device == null || device.phase() != DeviceState.Phase.ONLINE || !device.has(event.objectId())) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (PropertyResult value : event.values()) {
            properties.put(value.propertyName(), value.value());
        }
        tasks.notified(device, event.objectId(), properties);
    }

    private void tick() {
        try {
            for (DeviceState device : devices.values()) {
                run(device, device.phase() == DeviceState.Phase.ONLINE ? tasks::poll : tasks::scan);
            }
        } catch (RuntimeException e) {
            LOG.warn("BACnet poll round failed: {}", e.toString());
        }
    }

    /** Runs one task on a device unless another still runs; a device that does not answer is lost. */
    private void run(DeviceState device, Function<DeviceState, CompletableFuture<Void>> task) {
        if (!device.claim()) {
            return;
        }
        CompletableFuture<Void> work;
        try {
            work = task.apply(device);
        } catch (RuntimeException e) {
            work = CompletableFuture.failedFuture(e);
        }
        work.exceptionallyCompose(failure -> failed(device, PropertyFetcher.unwrap(failure)))
                .whenComplete((done, failure) -> device.release());
    }

    /** A timeout loses an answering device (a poll, or a scan that stopped halfway); other failures are logged. */
    private CompletableFuture<Void> failed(DeviceState device, Throwable cause) {
        if (!(cause instanceof BacnetTimeoutException)) {
            LOG.warn(
                    "BACnet device {} at {}: {}",
                    device.info().instance(),
                    device.info().address(),
                    cause.toString());
        } else if (device.phase() == DeviceState.Phase.ONLINE) {
            return tasks.lose(device, "device " + device.info().instance() + " not answering");
        }
        return CompletableFuture.completedFuture(null);
    }

    /** Devices found so far, by instance, with whether each answers. */
    public Map<Integer, Boolean> devices() {
        Map<Integer, Boolean> answering = new LinkedHashMap<>();
        devices.forEach((instance, device) -> answering.put(instance, device.phase() == DeviceState.Phase.ONLINE));
        return answering;
    }

    @Override
    public void close() {
        if (whoIs != null) {
            whoIs.cancel(false);
        }
        if (ticks != null) {
            ticks.cancel(false);
        }
        client.removeDeviceListener(deviceListener);
        client.removeCovListener(covListener);
        stack.transport().removeSendWatcher(sendWatcher);
        devices.values().forEach(device -> device.subscriptions().forEach(client::cancelCov));
        events.close();
    }
}
