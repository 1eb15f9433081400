// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean.adapter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one exchange of the adapter's routes has to tell the bus, in order: the route sends each to its
 * {@code objectbus:} endpoint, so what the adapter publishes is the route's, traced and owned by it. Filled while the
 * exchange is handled, also by a write's completion on another thread.
 */
public final class BusMessages {

    private final List<BusMessage> messages = new ArrayList<>();

    synchronized void describe(Object descriptors) {
        messages.add(new BusMessage("describe", null, descriptors, Instant.now()));
    }

    synchronized void remove(String objectId) {
        messages.add(new BusMessage("remove", objectId, null, Instant.now()));
    }

    synchronized void publish(String objectId, Map<String, Object> values, Instant at) {
        if (!values.isEmpty()) {
            messages.add(new BusMessage("publish", objectId, values, at));
        }
    }

    void publish(String objectId, String resource, Object value) {
        publish(objectId, Map.of(resource, value), Instant.now());
    }

    synchronized void event(String objectId, Map<String, Object> event) {
        messages.add(new BusMessage("event", objectId, event, Instant.now()));
    }

    synchronized void addAll(BusMessages other) {
        messages.addAll(other.list());
    }

    /** The messages so far, for the route's split. */
    public synchronized List<BusMessage> list() {
        return List.copyOf(messages);
    }
}
