// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.network;

import io.objectbus.bacnet.client.BacnetClient;
import io.objectbus.bacnet.client.BacnetTimeoutException;
import io.objectbus.bacnet.client.CovSubscription;
import io.objectbus.bacnet.client.DeviceInfo;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.PropertyIdentifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work a {@link NetworkWatch} does on one device: read it (scan), subscribe to its objects' changes of value,
 * poll the objects it cannot subscribe to, and check that it still answers.
 */
final class DeviceTasks {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceTasks.class);

    private final BacnetClient client;
    private final PropertyFetcher fetcher;
    private final WatchOptions options;
    private final OrderedEvents events;

    DeviceTasks(BacnetClient client, WatchOptions options, OrderedEvents events) {
        this.client = client;
        this.fetcher = new PropertyFetcher(client);
        this.options = options;
        this.events = events;
    }

    /** Reads the Device object, the object-list and every point object; then tells, then subscribes. */
    CompletableFuture<Void> scan(DeviceState device) {
        DeviceInfo info = device.info();
        return fetcher.read(device, ObjectIdentifier.device(info.instance()), ScanProperties.DEVICE)
                .thenCompose(properties -> {
                    services(device, properties.get("protocol-services-supported"));
                    return client.readObjectList(info.address(), info.instance())
                            .thenCompose(ids -> readPoints(device, ids))
                            .thenApply(points -> new DeviceScan(info, properties, points, Instant.now()));
                })
                .thenCompose(scan -> {
                    device.scanned(
                            scan.objects().stream().map(PointSnapshot::id).toList());
                    device.phase(DeviceState.Phase.ONLINE);
                    LOG.info(
                            "BACnet device {} at {}: {} objects",
                            info.instance(),
                            info.address(),
                            scan.objects().size());
                    return events.deliver(listener -> listener.scanned(scan));
                })
                .thenCompose(delivered -> subscribe(device));
    }

    /** What protocol-services-supported says (a missing or short bit string promises nothing and denies nothing). */
    private static void services(DeviceState device, Object supported) {
        if (supported instanceof List<?> bits && bits.size() > ScanProperties.SERVICE_READ_PROPERTY_MULTIPLE) {
            device.readsMultiple(Boolean.TRUE.equals(bits.get(ScanProperties.SERVICE_READ_PROPERTY_MULTIPLE)));
            device.subscribes(Boolean.TRUE.equals(bits.get(ScanProperties.SERVICE_SUBSCRIBE_COV)));
        }
    }

    private CompletableFuture<List<PointSnapshot>> readPoints(DeviceState device, List<ObjectIdentifier> ids) {
        CompletableFuture<List<PointSnapshot>> all = CompletableFuture.completedFuture(new ArrayList<>());
        for (ObjectIdentifier id : ids) {
            if (!ScanProperties.isPoint(id.type())) {
                continue;
            }
            all = all.thenCompose(found -> fetcher.read(device, id, ScanProperties.of(id.type()))
                    .thenApply(properties -> {
                        if (properties.containsKey("present-value")) {
                            found.add(new PointSnapshot(id, properties));
                        }
                        return found;
                    }));
        }
        return all;
    }

    /** SubscribeCOV object by object; an object the device refuses stays polled. */
    private CompletableFuture<Void> subscribe(DeviceState device) {
        CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
        if (!device.subscribes()) {
            return all;
        }
        for (ObjectIdentifier id : device.objects()) {
            all = all.thenCompose(done -> client.subscribeCov(
                            device.info().address(),
                            id,
                            options.processId(),
                            options.covConfirmed(),
                            options.covLifetime())
                    .handle((subscription, failure) -> subscribed(device, id, subscription, failure)));
        }
        return all;
    }

    private Void subscribed(DeviceState device, ObjectIdentifier id, CovSubscription subscription, Throwable failure) {
        if (failure == null) {
            device.subscriptions().add(subscription);
            device.polled().remove(id);
            return null;
        }
        Throwable cause = PropertyFetcher.unwrap(failure);
        if (cause instanceof BacnetTimeoutException timeout) {
            throw timeout;
        }
        LOG.debug("Device {} refused COV for {} ({}): polled", device.info().instance(), id, cause.getMessage());
        return null;
    }

    /** Polls the objects without COV; a device with none is asked for its system-status, to know it answers. */
    CompletableFuture<Void> poll(DeviceState device) {
        List<ObjectIdentifier> polled =
                device.objects().stream().filter(device.polled()::contains).toList();
        if (polled.isEmpty()) {
            ObjectIdentifier self = ObjectIdentifier.device(device.info().instance());
            return client.readProperty(device.info().address(), self, PropertyIdentifier.SYSTEM_STATUS, null)
                    .thenApply(answered -> null);
        }
        return fetcher.readValues(device, polled).thenCompose(points -> {
            PointValues values = new PointValues(device.info(), PointValues.POLL, points, Instant.now());
            return events.deliver(listener -> listener.values(values));
        });
    }

    /** The device stopped answering: its subscriptions are forgotten, and it is read anew when it answers again. */
    CompletableFuture<Void> lose(DeviceState device, String reason) {
        device.phase(DeviceState.Phase.LOST);
        device.subscriptions().forEach(client::forgetCov);
        device.subscriptions().clear();
        LOG.warn(
                "BACnet device {} at {} lost: {}",
                device.info().instance(),
                device.info().address(),
                reason);
        DeviceLost lost = new DeviceLost(device.info(), device.objects(), reason, Instant.now());
        return events.deliver(listener -> listener.lost(lost));
    }

    /** The COV notification's values, for the listener. */
    void notified(DeviceState device, ObjectIdentifier id, Map<String, Object> properties) {
        PointValues values = new PointValues(
                device.info(), PointValues.COV, List.of(new PointSnapshot(id, properties)), Instant.now());
        events.deliver(listener -> listener.values(values));
    }
}
