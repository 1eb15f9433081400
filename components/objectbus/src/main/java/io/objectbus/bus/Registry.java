// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.Ids;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** The objects of one node, by id. */
final class Registry {

    private final BusSettings settings;
    private final Topics topics;
    private final Map<String, ObjectState> objects = new ConcurrentHashMap<>();

    Registry(BusSettings settings, Topics topics) {
        this.settings = settings;
        this.topics = topics;
    }

    /**
     * Adds or replaces an object. Resources whose description did not change keep their value and priority array,
     * so an adapter may describe its objects again after a reconnect. The object belongs to the owner that described
     * it last, and its writes go to the writer that owner bound (or to the set consumers when none).
     */
    ObjectState register(ObjectDescriptor descriptor, String owner, WriteHandler writer, CommandHandler commander) {
        Ids.require(descriptor.id(), "object");
        ObjectState previous = objects.get(descriptor.id());
        Map<String, ResourceState> resources = new LinkedHashMap<>();
        descriptor.resources().forEach((id, resource) -> {
            Ids.require(id, "resource");
            Objects.requireNonNull(resource.type(), () -> "resource " + id + " has no type");
            resources.put(id, reuseOrCreate(previous, descriptor.id(), id, resource));
        });
        ObjectState state = new ObjectState(
                descriptor,
                owner,
                writer,
                commander,
                topics.objectInfo(descriptor.id()),
                Json.bytes(descriptor),
                Map.copyOf(resources));
        objects.put(descriptor.id(), state);
        return state;
    }

    private ResourceState reuseOrCreate(ObjectState previous, String objectId, String id, ResourceDescriptor d) {
        ResourceState old = previous == null ? null : previous.resources.get(id);
        if (old != null && old.descriptor.equals(d)) {
            return old;
        }
        return new ResourceState(objectId, id, topics.value(objectId, id), d, settings.covFor(id, d.cov()));
    }

    ObjectState remove(String objectId) {
        return objects.remove(objectId);
    }

    ObjectState get(String objectId) {
        return objectId == null ? null : objects.get(objectId);
    }

    List<ObjectState> ownedBy(String owner) {
        return objects.values().stream().filter(o -> owner.equals(o.owner)).toList();
    }

    Collection<ObjectState> all() {
        return objects.values();
    }

    int size() {
        return objects.size();
    }
}
