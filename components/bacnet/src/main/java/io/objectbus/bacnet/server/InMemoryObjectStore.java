// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.server;

import io.objectbus.bacnet.model.ObjectIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** An {@link ObjectStore} of {@link PointObject}s held in memory. */
public final class InMemoryObjectStore implements ObjectStore {
    private final Map<ObjectIdentifier, PointObject> objects = new ConcurrentHashMap<>();
    private final List<ObjectIdentifier> order = new CopyOnWriteArrayList<>();
    private final List<Consumer<ObjectIdentifier>> listeners = new CopyOnWriteArrayList<>();

    /** Adds an object; its changes are reported to the change listeners from now on. */
    public InMemoryObjectStore add(PointObject object) {
        if (objects.putIfAbsent(object.id(), object) != null) {
            throw new IllegalArgumentException("object " + object.id() + " already exists");
        }
        order.add(object.id());
        object.onChange(changed -> listeners.forEach(listener -> listener.accept(changed.id())));
        return this;
    }

    /** The point object {@code id}; throws when there is none. */
    public PointObject point(ObjectIdentifier id) {
        PointObject object = objects.get(id);
        if (object == null) {
            throw new IllegalArgumentException("no object " + id);
        }
        return object;
    }

    @Override
    public List<BacnetObject> objects() {
        List<BacnetObject> list = new ArrayList<>(order.size());
        order.forEach(id -> list.add(objects.get(id)));
        return list;
    }

    @Override
    public Optional<BacnetObject> find(ObjectIdentifier id) {
        return Optional.ofNullable(objects.get(id));
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
