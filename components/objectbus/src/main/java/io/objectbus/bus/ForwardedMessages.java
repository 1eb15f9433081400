// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import java.time.Clock;
import java.util.Map;

/**
 * What routers bring from other nodes: published on this node's broker, kept for late joiners when it belongs to the
 * other node's current picture, and the other nodes shown offline while the link they were reached through is down.
 */
final class ForwardedMessages {

    /** The MQTT 5 user property with the nodes a message came through, as routers carry it. */
    private static final String PATH_PROPERTY = "ob-path";

    private final Topics topics;
    private final BusTransport transport;
    private final ForeignState foreign;
    private final ErrorReporter errors;
    private final ViewHub hub;
    private final Clock clock;

    ForwardedMessages(
            Topics topics,
            BusTransport transport,
            ForeignState foreign,
            ErrorReporter errors,
            ViewHub hub,
            Clock clock) {
        this.topics = topics;
        this.transport = transport;
        this.foreign = foreign;
        this.errors = errors;
        this.hub = hub;
        this.clock = clock;
    }

    boolean forward(BusTransport.Outbound message, String path) {
        String topic = message.topic();
        if (topic.isEmpty() || topic.contains("+") || topic.contains("#")) {
            errors.report("router", "not a topic to publish on: " + topic, message.payload());
            return false;
        }
        if (claimsThisNode(topic)) {
            errors.report("router", "a forwarded message claims to be this node's own: " + topic, message.payload());
            return false;
        }
        if (foreign.refuses(topic, message.payload(), path)) {
            return true; // another node's report that this node does not take: not an error
        }
        boolean current = foreign.accept(topic, message.payload(), path);
        transport.publish(message);
        if (current && hub.watched()) {
            tellView(topic, message.payload());
        }
        return true;
    }

    /** What the node kept of another node's picture, or forgot; a replay older than what it holds is neither. */
    /** Another cluster member's publication: kept if it is part of that node's picture, and never published again. */
    void fromClusterMember(String topic, byte[] payload) {
        if (topic == null || !topic.startsWith(topics.prefix() + "/")) {
            return;
        }
        String origin = topic.substring(topics.prefix().length() + 1).split("/", 2)[0];
        if (foreign.accept(topic, payload, origin) && hub.watched()) {
            tellView(topic, payload);
        }
    }

    private void tellView(String topic, byte[] payload) {
        if (payload.length == 0 || foreign.held(topic) == payload) {
            hub.forwarded(topic, payload);
        }
    }

    private boolean claimsThisNode(String topic) {
        boolean request = topics.parseSet(topic).isPresent()
                || topics.parseCmd(topic).isPresent()
                || topic.equals(topics.nodeDiscover());
        return !request && topic.startsWith(topics.prefix() + "/" + topics.node() + "/");
    }

    void linkDown(String neighbour) {
        foreign.linkDown(neighbour, Json.timestamp(clock.instant())).forEach(this::publishForeignState);
    }

    void linkUp(String neighbour) {
        foreign.linkUp(neighbour).forEach(this::publishForeignState);
    }

    /** With the path it came through, as routers carry it: it crosses on to other nodes, never back. */
    private void publishForeignState(ForeignState.Current state) {
        transport.publish(new BusTransport.Outbound(
                state.topic(), state.payload(), 1, null, null, Map.of(PATH_PROPERTY, state.path()), false));
    }
}
