// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.network;

import io.objectbus.bacnet.client.CovSubscription;
import io.objectbus.bacnet.client.DeviceInfo;
import io.objectbus.bacnet.model.ObjectIdentifier;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** What a {@link NetworkWatch} knows of one device. One task at a time works on it (see {@link #claim()}). */
final class DeviceState {
    /** Where the device stands: not yet read, read and answering, or no longer answering. */
    enum Phase {
        NEW,
        ONLINE,
        LOST
    }

    private volatile DeviceInfo info;
    private volatile Phase phase = Phase.NEW;
    private volatile boolean readsMultiple = true;
    private volatile boolean subscribes = true;
    private volatile List<ObjectIdentifier> objects = List.of();
    private final Set<ObjectIdentifier> polled = ConcurrentHashMap.newKeySet();
    private final List<CovSubscription> subscriptions = new CopyOnWriteArrayList<>();
    private final AtomicBoolean busy = new AtomicBoolean();

    DeviceState(DeviceInfo info) {
        this.info = info;
    }

    DeviceInfo info() {
        return info;
    }

    void info(DeviceInfo newer) {
        this.info = newer;
    }

    Phase phase() {
        return phase;
    }

    void phase(Phase next) {
        this.phase = next;
    }

    boolean readsMultiple() {
        return readsMultiple;
    }

    void readsMultiple(boolean value) {
        this.readsMultiple = value;
    }

    /** False when the device's protocol-services-supported leaves out SubscribeCOV: then every object is polled. */
    boolean subscribes() {
        return subscribes;
    }

    void subscribes(boolean value) {
        this.subscribes = value;
    }

    List<ObjectIdentifier> objects() {
        return objects;
    }

    boolean has(ObjectIdentifier id) {
        return objects.contains(id);
    }

    /** A new scan: the objects found, every one polled until its COV subscription succeeds. */
    void scanned(List<ObjectIdentifier> found) {
        objects = List.copyOf(found);
        polled.clear();
        polled.addAll(found);
    }

    Set<ObjectIdentifier> polled() {
        return polled;
    }

    List<CovSubscription> subscriptions() {
        return subscriptions;
    }

    /** Takes the device for one task; false when another task still works on it. */
    boolean claim() {
        return busy.compareAndSet(false, true);
    }

    void release() {
        busy.set(false);
    }
}
