// SPDX-License-Identifier: Apache-2.0
package io.objectbus.northbound.bacnet;

import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.server.BacnetObject;
import io.objectbus.bacnet.server.ObjectStore;
import io.objectbus.broker.Glob;
import io.objectbus.bus.BusValue;
import io.objectbus.bus.BusView;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The bus's resources as the objects of the node's BACnet device, kept up to date from a {@link BusView} watch.
 * Objects that came from BACnet are left out unless asked for, as are resources of types BACnet objects do not
 * carry (strings). Changes reach the device's COV service on its own thread, never on the bus's.
 */
final class BusPoints implements ObjectStore, BusView.Listener {
    private final ServerSettings settings;
    private final BusWrites writes;
    private final Executor changes;
    private final Predicate<String> objects;
    private final InstanceNumbers instances = new InstanceNumbers();
    private final Map<ObjectIdentifier, BusPoint> byId = new ConcurrentSkipListMap<>((a, b) ->
            a.type() != b.type() ? Integer.compare(a.type(), b.type()) : Integer.compare(a.instance(), b.instance()));
    private final Map<String, BusPoint> byResource = new ConcurrentHashMap<>();
    /** The latest value of every resource, also of those described later than their value arrived. */
    private final Map<String, BusPoint.Reading> readings = new ConcurrentHashMap<>();

    private final List<Consumer<ObjectIdentifier>> listeners = new CopyOnWriteArrayList<>();

    /** @param changes runs the change listeners, in order: COV notifications send over UDP */
    BusPoints(ServerSettings settings, BusWrites writes, Executor changes) {
        this.settings = settings;
        this.writes = writes;
        this.changes = changes;
        this.objects = Glob.of(settings.objects());
    }

    @Override
    public synchronized void described(String node, ObjectDescriptor object) {
        drop(object.id());
        if (!objects.test(object.id()) || ("bacnet".equals(object.protocol()) && !settings.includeBacnet())) {
            return;
        }
        object.resources().forEach((resourceId, resource) -> add(object, resourceId, resource));
    }

    private void add(ObjectDescriptor object, String resourceId, ResourceDescriptor resource) {
        int type = BusPoint.typeFor(resource.type());
        if (type < 0) {
            return;
        }
        ObjectIdentifier id = instances.of(type, object.id(), resourceId);
        BusPoint point =
                new BusPoint(id, object.id(), resourceId, description(object, resourceId, resource), resource, writes);
        point.update(readings.getOrDefault(key(object.id(), resourceId), BusPoint.Reading.NONE));
        byId.put(id, point);
        byResource.put(key(object.id(), resourceId), point);
    }

    private static String description(ObjectDescriptor object, String resourceId, ResourceDescriptor resource) {
        String name = object.name() == null ? object.id() : object.name();
        String text = resource.description() == null ? "" : ": " + resource.description();
        return name + " " + (resource.name() == null ? resourceId : resource.name()) + text;
    }

    @Override
    public synchronized void removed(String node, String objectId) {
        drop(objectId);
        readings.keySet().removeIf(key -> key.startsWith(objectId + "/"));
    }

    private void drop(String objectId) {
        byResource.values().removeIf(point -> {
            if (!point.objectId().equals(objectId)) {
                return false;
            }
            byId.remove(point.id());
            instances.release(point.id().type(), objectId, point.resourceId());
            return true;
        });
    }

    @Override
    public void value(BusValue value) {
        String key = key(value.object(), value.resource());
        BusPoint point = byResource.get(key);
        String quality = value.quality() == null ? "good" : value.quality().wireName();
        BusPoint.Reading reading = new BusPoint.Reading(value.value(), quality);
        readings.put(key, reading);
        if (point != null) {
            point.update(reading);
            changes.execute(() -> listeners.forEach(listener -> listener.accept(point.id())));
        }
    }

    private static String key(String objectId, String resourceId) {
        return objectId + "/" + resourceId;
    }

    @Override
    public List<BacnetObject> objects() {
        return new ArrayList<>(byId.values());
    }

    @Override
    public Optional<BacnetObject> find(ObjectIdentifier id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public void addChangeListener(Consumer<ObjectIdentifier> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(Consumer<ObjectIdentifier> listener) {
        listeners.remove(listener);
    }
}
