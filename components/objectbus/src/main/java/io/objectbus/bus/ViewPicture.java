// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current picture a {@link BusView} gives: this node's objects from its registry and other nodes' from what
 * routers brought, each object's descriptor before its values, read from the payloads late joiners get.
 */
final class ViewPicture {

    private static final Logger LOG = LoggerFactory.getLogger(ViewPicture.class);

    private final Topics topics;
    private final Registry registry;
    private final ForeignState foreign;

    ViewPicture(Topics topics, Registry registry, ForeignState foreign) {
        this.topics = topics;
        this.registry = registry;
        this.foreign = foreign;
    }

    void deliver(BusView.Selection selection, BusView.Listener sink) {
        Predicate<String> nodes = selection.nodeMatcher();
        Predicate<String> objects = selection.objectMatcher();
        if (nodes.test(topics.node())) {
            for (ObjectState object : registry.all()) {
                if (objects.test(object.id())) {
                    deliverOwn(object, sink);
                }
            }
        }
        deliverForeign(selection, nodes, objects, sink);
    }

    private void deliverOwn(ObjectState object, BusView.Listener sink) {
        sink.described(topics.node(), object.descriptor);
        for (ResourceState resource : object.resources.values()) {
            byte[] payload = resource.payload;
            if (payload != null) {
                sink.value(BusValue.parse(topics.node(), object.id(), resource.id, payload));
            }
        }
    }

    /** Descriptors first, then values, as the bus itself sends them. */
    private void deliverForeign(
            BusView.Selection selection, Predicate<String> nodes, Predicate<String> objects, BusView.Listener sink) {
        List<String[]> values = new ArrayList<>();
        foreign.forEach(filter(selection), (topic, payload, path) -> {
            String[] levels = ForeignTopics.levels(topics, topic);
            if (levels == null || !nodes.test(levels[0]) || !objects.test(levels[1])) {
                return;
            }
            if (levels[2].equals("$info")) {
                skipUnreadable(topic, () -> sink.described(levels[0], ForeignTopics.descriptor(payload)));
            } else {
                values.add(new String[] {topic, levels[0], levels[1], levels[2]});
            }
        });
        for (String[] value : values) {
            // Read again: it may have changed since the walk.
            byte[] payload = foreign.held(value[0]);
            if (payload != null && payload.length > 0) {
                skipUnreadable(value[0], () -> sink.value(BusValue.parse(value[1], value[2], value[3], payload)));
            }
        }
    }

    /** A foreign payload the bus could not read is left out of the picture, not the end of it. */
    private static void skipUnreadable(String topic, Runnable delivery) {
        try {
            delivery.run();
        } catch (IllegalArgumentException e) {
            LOG.debug("The bus view leaves out {}: {}", topic, e.getMessage());
        }
    }

    /** The object-level topics of the selected nodes; a node named without wildcards narrows the walk to it. */
    private String filter(BusView.Selection selection) {
        String node = selection.nodes();
        boolean literal =
                node != null && !node.contains("*") && !node.contains("?") && io.objectbus.model.Ids.isValid(node);
        return topics.prefix() + "/" + (literal ? node : "+") + "/+/+";
    }
}
