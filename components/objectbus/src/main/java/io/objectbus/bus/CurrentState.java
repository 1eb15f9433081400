// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.broker.CurrentStateSource;
import java.util.function.Supplier;

/**
 * The node's current picture for late joiners: its {@code $state}, node descriptor, object descriptors and last
 * values, served from the registry at the cost of one payload per value instead of a retained broker queue per topic.
 */
final class CurrentState implements CurrentStateSource {

    private final Topics topics;
    private final Registry registry;
    private final Supplier<byte[]> nodeInfo;
    private final Supplier<byte[]> state;

    /** @param state the node's {@code $state}, null while it has none */
    CurrentState(Topics topics, Registry registry, Supplier<byte[]> nodeInfo, Supplier<byte[]> state) {
        this.topics = topics;
        this.registry = registry;
        this.nodeInfo = nodeInfo;
        this.state = state;
    }

    @Override
    public void forEachMatching(String topicFilter, Sink sink) {
        TopicFilter filter = new TopicFilter(topicFilter);
        String[] nodeLevels = (topics.prefix() + "/" + topics.node()).split("/");
        if (!filter.mayMatchUnder(nodeLevels)) {
            return;
        }
        byte[] currentState = state.get();
        if (currentState != null && filter.matches(topics.state())) {
            sink.accept(topics.state(), currentState);
        }
        if (filter.matches(topics.nodeInfo())) {
            sink.accept(topics.nodeInfo(), nodeInfo.get());
        }
        String[] objectLevels = java.util.Arrays.copyOf(nodeLevels, nodeLevels.length + 1);
        for (ObjectState object : registry.all()) {
            objectLevels[nodeLevels.length] = object.id();
            if (filter.mayMatchUnder(objectLevels)) {
                sendObject(filter, object, sink);
            }
        }
    }

    private static void sendObject(TopicFilter filter, ObjectState object, Sink sink) {
        if (filter.matches(object.infoTopic)) {
            sink.accept(object.infoTopic, object.info);
        }
        for (ResourceState resource : object.resources.values()) {
            byte[] payload = resource.payload;
            if (payload != null && filter.matches(resource.topic)) {
                sink.accept(resource.topic, payload);
            }
        }
    }
}
