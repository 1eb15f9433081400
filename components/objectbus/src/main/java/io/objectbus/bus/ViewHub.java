// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.Sample;
import java.time.Instant;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the watchers of a {@link BusView} what changes, from where the bus changes it: the value engine as it
 * publishes a value (with the resource's lock held, so a resource's values come in order), the node as it describes
 * or removes an object, and the node as it keeps what a router brought. With no watcher, the value path pays one
 * read of an empty array.
 */
final class ViewHub {

    private static final Logger LOG = LoggerFactory.getLogger(ViewHub.class);
    private static final ViewWatch[] NONE = new ViewWatch[0];

    private final Topics topics;
    private volatile ViewWatch[] watches = NONE;

    ViewHub(Topics topics) {
        this.topics = topics;
    }

    synchronized void add(ViewWatch watch) {
        ViewWatch[] more = Arrays.copyOf(watches, watches.length + 1);
        more[watches.length] = watch;
        watches = more;
    }

    synchronized void remove(ViewWatch watch) {
        watches = Arrays.stream(watches).filter(w -> w != watch).toArray(ViewWatch[]::new);
    }

    /** Whether anyone watches: a router's message is looked at only then. */
    boolean watched() {
        return watches.length > 0;
    }

    /** A value of this node went out; called with the resource's lock held. */
    void published(ResourceState resource, Sample sample, Instant timestamp, long sequence) {
        ViewWatch[] current = watches;
        if (current.length == 0) {
            return;
        }
        BusValue value = null;
        for (ViewWatch watch : current) {
            if (watch.ownNode && watch.selectsObject(resource.objectId)) {
                if (value == null) {
                    value = ownValue(resource, sample, timestamp, sequence);
                }
                watch.value(value);
            }
        }
    }

    private BusValue ownValue(ResourceState resource, Sample sample, Instant timestamp, long sequence) {
        return new BusValue(
                topics.node(),
                resource.objectId,
                resource.id,
                sample.value(),
                resource.descriptor.unit(),
                timestamp,
                sample.quality(),
                sample.reason(),
                sequence,
                false);
    }

    void described(ObjectDescriptor object) {
        for (ViewWatch watch : watches) {
            if (watch.ownNode && watch.selectsObject(object.id())) {
                watch.described(topics.node(), object);
            }
        }
    }

    void removed(String objectId) {
        for (ViewWatch watch : watches) {
            if (watch.ownNode && watch.selectsObject(objectId)) {
                watch.removed(topics.node(), objectId);
            }
        }
    }

    /**
     * A router brought a message of another node's current picture and the node kept it ({@code payload} is what
     * {@link ForeignState} holds now), or forgot the topic (an empty payload).
     */
    void forwarded(String topic, byte[] payload) {
        ViewWatch[] current = watches;
        if (current.length == 0) {
            return;
        }
        String[] levels = ForeignTopics.levels(topics, topic);
        if (levels == null || !anySelects(current, levels[0], levels[1])) {
            return;
        }
        try {
            deliverForeign(current, levels, payload);
        } catch (IllegalArgumentException e) {
            LOG.debug("A bus view skipped {}: {}", topic, e.getMessage());
        }
    }

    private static boolean anySelects(ViewWatch[] current, String node, String object) {
        for (ViewWatch watch : current) {
            if (watch.selectsNode(node) && watch.selectsObject(object)) {
                return true;
            }
        }
        return false;
    }

    private static void deliverForeign(ViewWatch[] current, String[] levels, byte[] payload) {
        String node = levels[0];
        String object = levels[1];
        boolean info = levels[2].equals("$info");
        if (info && payload.length == 0) {
            forEachSelecting(current, node, object, watch -> watch.removed(node, object));
        } else if (info) {
            ObjectDescriptor descriptor = ForeignTopics.descriptor(payload);
            forEachSelecting(current, node, object, watch -> watch.described(node, descriptor));
        } else if (payload.length > 0) {
            BusValue value = BusValue.parse(node, object, levels[2], payload);
            forEachSelecting(current, node, object, watch -> watch.value(value));
        }
    }

    private static void forEachSelecting(
            ViewWatch[] current, String node, String object, java.util.function.Consumer<ViewWatch> action) {
        for (ViewWatch watch : current) {
            if (watch.selectsNode(node) && watch.selectsObject(object)) {
                action.accept(watch);
            }
        }
    }
}
