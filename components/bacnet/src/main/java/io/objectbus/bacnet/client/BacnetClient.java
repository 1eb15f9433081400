// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import io.objectbus.bacnet.internal.service.ReadProperty;
import io.objectbus.bacnet.internal.service.ReadPropertyAck;
import io.objectbus.bacnet.internal.service.ServiceChoice;
import io.objectbus.bacnet.internal.service.WhoHas;
import io.objectbus.bacnet.internal.service.WhoIs;
import io.objectbus.bacnet.internal.service.WriteProperty;
import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.stack.BacnetStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The BACnet client services of one port: discovery (Who-Is/I-Am, Who-Has/I-Have), ReadProperty,
 * ReadPropertyMultiple, WriteProperty, SubscribeCOV and the COV notifications that follow. Confirmed services
 * return futures that fail with a {@link BacnetException}: {@link BacnetErrorException}, {@link
 * BacnetRejectException}, {@link BacnetAbortException} or {@link BacnetTimeoutException}.
 */
public final class BacnetClient {
    private final BacnetStack stack;
    private final Discovery discovery = new Discovery();
    private final CovClient cov;
    private final ObjectListReader objectLists = new ObjectListReader(this);
    private final MultipleReader multiple;

    public BacnetClient(BacnetStack stack) {
        this.stack = stack;
        this.cov = new CovClient(stack);
        this.multiple = new MultipleReader(stack);
        stack.addUnconfirmedListener(discovery::onUnconfirmed);
        stack.addUnconfirmedListener(cov::onUnconfirmed);
        stack.handleConfirmed(ServiceChoice.CONFIRMED_COV_NOTIFICATION, cov::onConfirmed);
    }

    /** Broadcasts Who-Is to all networks; {@code low}/{@code high} -1 ask every device. */
    public void whoIs(int low, int high) {
        try {
            byte[] request = WhoIs.Serializer.encode(new WhoIs(low, high));
            stack.broadcastUnconfirmed(ServiceChoice.WHO_IS, request, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Broadcasts Who-Is and collects the I-Am answers that arrive within {@code window}. */
    public CompletableFuture<List<DeviceInfo>> discover(int low, int high, Duration window) {
        Map<Integer, DeviceInfo> found = new ConcurrentHashMap<>();
        Consumer<DeviceInfo> collector = device -> {
            if (low < 0 || (device.instance() >= low && device.instance() <= high)) {
                found.put(device.instance(), device);
            }
        };
        discovery.addDeviceListener(collector);
        whoIs(low, high);
        CompletableFuture<List<DeviceInfo>> result = new CompletableFuture<>();
        stack.scheduler()
                .schedule(
                        () -> {
                            discovery.removeDeviceListener(collector);
                            result.complete(List.copyOf(found.values()));
                        },
                        window.toMillis(),
                        TimeUnit.MILLISECONDS);
        return result;
    }

    /**
     * The device's address: from an earlier I-Am, else by asking Who-Is for exactly that instance, again after each
     * APDU timeout, until it answers or the retries run out.
     */
    public CompletableFuture<DeviceInfo> resolve(int instance) {
        CompletableFuture<DeviceInfo> result = new CompletableFuture<>();
        Consumer<DeviceInfo> listener = device -> {
            if (device.instance() == instance) {
                result.complete(device);
            }
        };
        discovery.addDeviceListener(listener);
        DeviceInfo known = discovery.device(instance);
        if (known != null) {
            result.complete(known);
        }
        long period = stack.config().apduTimeout().toMillis();
        int attempts = stack.config().apduRetries() + 1;
        AtomicInteger sent = new AtomicInteger();
        ScheduledFuture<?> asking = stack.scheduler()
                .scheduleAtFixedRate(
                        () -> {
                            if (sent.getAndIncrement() < attempts) {
                                whoIs(instance, instance);
                            } else {
                                result.completeExceptionally(
                                        new BacnetTimeoutException("device " + instance + " did not answer Who-Is"));
                            }
                        },
                        known != null ? period : 0,
                        period,
                        TimeUnit.MILLISECONDS);
        return result.whenComplete((device, failure) -> {
            asking.cancel(false);
            discovery.removeDeviceListener(listener);
        });
    }

    /** Broadcasts Who-Has for an object identifier, or for an object name when {@code objectId} is null. */
    public void whoHas(int low, int high, ObjectIdentifier objectId, String objectName) {
        try {
            byte[] request = WhoHas.Serializer.encode(new WhoHas(low, high, objectId, objectName));
            stack.broadcastUnconfirmed(ServiceChoice.WHO_HAS, request, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Devices that have answered I-Am so far, by instance. */
    public Map<Integer, DeviceInfo> knownDevices() {
        return discovery.devices();
    }

    public void addDeviceListener(Consumer<DeviceInfo> listener) {
        discovery.addDeviceListener(listener);
    }

    public void removeDeviceListener(Consumer<DeviceInfo> listener) {
        discovery.removeDeviceListener(listener);
    }

    public void addObjectHolderListener(Consumer<ObjectHolder> listener) {
        discovery.addHolderListener(listener);
    }

    public void removeObjectHolderListener(Consumer<ObjectHolder> listener) {
        discovery.removeHolderListener(listener);
    }

    /** ReadProperty (clause 15.5); {@code arrayIndex} null reads the whole property, 0 an array's length. */
    public CompletableFuture<PropertyResult> readProperty(
            BacnetAddress device, ObjectIdentifier objectId, int property, Integer arrayIndex) {
        byte[] request = ReadProperty.Serializer.encode(new ReadProperty(objectId, property, arrayIndex));
        return stack.sendConfirmed(device, ServiceChoice.READ_PROPERTY, request).thenApply(answer -> {
            ReadPropertyAck ack =
                    ReadPropertyAck.Serializer.decode(Replies.complex(answer, ServiceChoice.READ_PROPERTY));
            return new PropertyResult(ack.objectId(), ack.property(), ack.arrayIndex(), ack.value(), null);
        });
    }

    /** ReadPropertyMultiple (clause 15.7); the results keep the order of the requests, errors per property. */
    public CompletableFuture<List<PropertyResult>> readPropertyMultiple(BacnetAddress device, List<ReadRequest> reads) {
        return multiple.read(device, reads);
    }

    /**
     * WriteProperty (clause 15.9). {@code priority} 1..16 or null; writing {@link BacnetValue.NullValue} at a
     * priority relinquishes that level of a commandable property.
     */
    public CompletableFuture<Void> writeProperty(
            BacnetAddress device,
            ObjectIdentifier objectId,
            int property,
            Integer arrayIndex,
            BacnetValue value,
            Integer priority) {
        if (priority != null && (priority < 1 || priority > 16)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("priority not in 1..16: " + priority));
        }
        byte[] request = WriteProperty.Serializer.encode(
                new WriteProperty(objectId, property, arrayIndex, List.of(value), priority));
        return stack.sendConfirmed(device, ServiceChoice.WRITE_PROPERTY, request)
                .thenApply(answer -> Replies.simple(answer, ServiceChoice.WRITE_PROPERTY));
    }

    /** Reads a device's object-list, element by element when the device cannot send it in one APDU. */
    public CompletableFuture<List<ObjectIdentifier>> readObjectList(BacnetAddress device, int deviceInstance) {
        return objectLists.read(device, deviceInstance);
    }

    /** SubscribeCOV (clause 13.14) for {@code lifetimeSeconds} (0 indefinite), renewed until cancelled. */
    public CompletableFuture<CovSubscription> subscribeCov(
            BacnetAddress device, ObjectIdentifier objectId, long processId, boolean confirmed, int lifetimeSeconds) {
        return cov.subscribe(new CovSubscription(device, objectId, processId, confirmed, lifetimeSeconds));
    }

    /** Cancels a subscription: SubscribeCOV without lifetime and confirmation flag. */
    public CompletableFuture<Void> cancelCov(CovSubscription subscription) {
        return cov.cancel(subscription);
    }

    /** Stops renewing a subscription without a request to the device: for a device that no longer answers. */
    public void forgetCov(CovSubscription subscription) {
        cov.forget(subscription);
    }

    public List<CovSubscription> covSubscriptions() {
        return cov.active();
    }

    public void addCovListener(Consumer<CovEvent> listener) {
        cov.addListener(listener);
    }

    public void removeCovListener(Consumer<CovEvent> listener) {
        cov.removeListener(listener);
    }

    /** Stops renewing subscriptions; the port itself is closed by its {@link BacnetStack}. */
    public void close() {
        cov.close();
    }
}
