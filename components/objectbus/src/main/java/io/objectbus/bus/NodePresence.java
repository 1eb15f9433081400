// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's {@code $state}, published on the bus in-VM (QoS 1) and served to late joiners from the bus like the rest
 * of its current picture: online from the start, with how the previous run ended; offline at a clean stop. A node
 * that dies cannot say so, as its broker dies with it: its next start does, from the {@link RunMarker}.
 */
final class NodePresence {

    private static final Logger LOG = LoggerFactory.getLogger(NodePresence.class);

    private final Topics topics;
    private final BusTransport transport;
    private final RunMarker marker;
    private final Clock clock;
    private volatile byte[] payload;

    /** @param marker the run marker of the node's data folder, or null for a node that keeps nothing on disk */
    NodePresence(Topics topics, BusTransport transport, RunMarker marker, Clock clock) {
        this.topics = topics;
        this.transport = transport;
        this.marker = marker;
        this.clock = clock;
    }

    void start() {
        Map<String, Object> state = state(true);
        RunMarker.PreviousRun previous = marker == null ? null : marker.begin((String) state.get("since"));
        if (previous != null) {
            state.put("previous", previous.describe());
            if (previous.crashed()) {
                LOG.warn(
                        "The previous run of node {} ended without a clean stop; it was last seen alive at {}",
                        topics.node(),
                        previous.lastSeen());
            }
        }
        announce(state);
    }

    /** Notes in the run marker that the node is alive; runs every {@link RunMarker#INTERVAL}. */
    void alive() {
        if (marker != null) {
            marker.alive();
        }
    }

    void stop() {
        Map<String, Object> state = state(false);
        state.put("reason", "stopped");
        announce(state);
        if (marker != null) {
            marker.stopped((String) state.get("since"));
        }
    }

    /** The current {@code $state}, null before the start. */
    byte[] payload() {
        return payload;
    }

    private Map<String, Object> state(boolean online) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("online", online);
        state.put("since", Json.timestamp(clock.instant()));
        return state;
    }

    private void announce(Map<String, Object> state) {
        payload = Json.bytes(state);
        transport.publish(topics.state(), payload, 1);
    }
}
