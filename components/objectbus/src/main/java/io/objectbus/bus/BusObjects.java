// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.Quality;
import io.objectbus.model.Sample;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The node's own objects as adapters describe, report, stale and remove them; {@link BusNode} hands them here. */
final class BusObjects {

    private final Topics topics;
    private final Registry registry;
    private final BusTransport transport;
    private final ValueEngine values;
    private final ErrorReporter errors;
    private final NodeInfo nodeInfo;
    private final ViewHub hub;
    private final Clock clock;

    BusObjects(
            Topics topics,
            Registry registry,
            BusTransport transport,
            ValueEngine values,
            ErrorReporter errors,
            NodeInfo nodeInfo,
            ViewHub hub,
            Clock clock) {
        this.topics = topics;
        this.registry = registry;
        this.transport = transport;
        this.values = values;
        this.errors = errors;
        this.nodeInfo = nodeInfo;
        this.hub = hub;
        this.clock = clock;
    }

    void describe(ObjectDescriptor descriptor, String owner, WriteHandler writer, CommandHandler commander) {
        ObjectState known = registry.get(descriptor.id());
        boolean unchanged = known != null && known.descriptor.equals(descriptor);
        if (unchanged && Objects.equals(known.owner, owner) && known.writer == writer && known.commander == commander) {
            // A route may describe its object before every value: nothing changed, so nothing is published again.
            return;
        }
        ObjectState object = registry.register(descriptor, owner, writer, commander);
        if (!unchanged) {
            transport.publish(object.infoTopic, object.info, 1);
            nodeInfo.changed();
            hub.described(object.descriptor);
        }
    }

    void remove(String objectId) {
        ObjectState removed = registry.remove(objectId);
        if (removed != null) {
            transport.publish(removed.infoTopic, new byte[0], 1);
            nodeInfo.changed();
            hub.removed(objectId);
        }
    }

    int removeOwnedBy(String owner) {
        List<ObjectState> owned = registry.ownedBy(owner);
        owned.forEach(object -> remove(object.id()));
        return owned.size();
    }

    int markStaleOwnedBy(String owner, String reason, String exceptObjectId) {
        List<ObjectState> fresh = registry.ownedBy(owner).stream()
                .filter(o -> !o.stale && !o.id().equals(exceptObjectId))
                .toList();
        fresh.forEach(object -> values.markStale(object, reason));
        return fresh.size();
    }

    boolean knows(String objectId) {
        return registry.get(objectId) != null;
    }

    java.util.Optional<java.time.Instant> lastSeenBeside(String objectId) {
        ObjectState object = registry.get(objectId);
        if (object == null || object.owner == null) {
            return java.util.Optional.empty();
        }
        return registry.ownedBy(object.owner).stream()
                .filter(o -> o != object && o.lastSeen != null)
                .map(o -> o.lastSeen)
                .max(java.util.Comparator.naturalOrder());
    }

    boolean report(String objectId, String resourceId, Sample sample) {
        String source = "adapter " + objectId + "/" + resourceId;
        ObjectState object = registry.get(objectId);
        ResourceState resource = object == null ? null : object.resources.get(resourceId);
        if (resource == null) {
            String what = object == null ? "unknown object " + objectId : "unknown resource " + resourceId;
            errors.report(source, what, null);
            return false;
        }
        try {
            values.accept(object, resource, typed(resource, sample));
            return true;
        } catch (IllegalArgumentException e) {
            errors.report(source, e.getMessage(), null);
            return false;
        }
    }

    /** The sample with its value of the resource's type; a good value out of the resource's range is uncertain. */
    private static Sample typed(ResourceState resource, Sample sample) {
        Object value = ValueCoercion.reading(resource.descriptor, sample.value());
        Sample typed = new Sample(value, sample.quality(), sample.reason(), sample.timestamp());
        String outOfRange = ValueCoercion.outOfRange(resource.descriptor, value);
        return outOfRange != null && sample.quality() == Quality.GOOD
                ? typed.withQuality(Quality.UNCERTAIN, outOfRange)
                : typed;
    }

    void markStale(String objectId, String reason) {
        ObjectState object = registry.get(objectId);
        if (object != null) {
            values.markStale(object, reason);
        }
    }

    /** Publishes an event of an object ({@code .../$event}, QoS 1), stamped now unless it says when. */
    void event(String objectId, Map<String, Object> event) {
        Map<String, Object> body = new LinkedHashMap<>(event);
        body.putIfAbsent("ts", Json.timestamp(clock.instant()));
        transport.publish(topics.event(objectId), Json.bytes(body), 1);
    }
}
