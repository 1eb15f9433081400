// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import io.objectbus.bus.BusNode;
import io.objectbus.bus.Json;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.Sample;
import io.objectbus.model.ValueType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code objectbus:connection}: the state of an adapter's connection (to its gateway, server or network) as an object
 * of the route, the same for every adapter. {@code down} turns the route's other objects stale with the reason;
 * {@code up} changes nothing else: the adapter's fresh values make them good again.
 */
final class ConnectionStates {

    static final List<String> STATES = List.of("connecting", "up", "down");

    private record Held(String state, Instant since) {}

    private final Clock clock;
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    ConnectionStates(Clock clock) {
        this.clock = clock;
    }

    /**
     * Describes the connection object where the bus lacks it, publishes its state, reason and since, and on down
     * turns the owner's other objects stale.
     */
    void report(BusNode bus, Connection connection, String owner) {
        String state = state(connection.state());
        if (!bus.knows(connection.object())) {
            held.remove(connection.object());
            bus.describe(descriptor(connection), owner);
        }
        Instant now = clock.instant();
        Held current = held.compute(
                connection.object(),
                (id, was) -> was != null && was.state().equals(state) ? was : new Held(state, now));
        // The protocol's rule for every adapter: the reason says why a connection is not up, and is empty when it is.
        String reason = connection.reason() == null || state.equals("up") ? "" : connection.reason();
        bus.report(connection.object(), "state", Sample.good(state, now));
        bus.report(connection.object(), "reason", Sample.good(reason, now));
        bus.report(connection.object(), "since", Sample.good(Json.timestamp(current.since()), now));
        if (state.equals("down") && owner != null && connection.staleOwned()) {
            String why = reason.isBlank() ? "connection " + connection.object() + " down" : reason;
            bus.markStaleOwnedBy(owner, why, connection.object());
        }
    }

    private static String state(String body) {
        String state = body == null ? "" : body.trim().toLowerCase(Locale.ROOT);
        if (!STATES.contains(state)) {
            throw new IllegalArgumentException("a connection state is connecting, up or down, not " + body);
        }
        return state;
    }

    static ObjectDescriptor descriptor(Connection connection) {
        ResourceDescriptor state = new ResourceDescriptor(
                ValueType.ENUM, null, false, null, null, STATES, "State", "connecting, up or down", null, null);
        ResourceDescriptor reason = text("Reason", "why the connection is not up; empty when it is");
        ResourceDescriptor since = text("Since", "when the state last changed, ISO-8601 UTC");
        return new ObjectDescriptor(
                connection.object(),
                connection.object(),
                connection.type(),
                connection.protocol(),
                null,
                null,
                List.of("connection"),
                Map.of("state", state, "reason", reason, "since", since),
                0);
    }

    private static ResourceDescriptor text(String name, String description) {
        return new ResourceDescriptor(ValueType.STRING, null, false, null, null, null, name, description, null, null);
    }

    /** What a route said about its connection; staleOwned: whether down turns the route's other objects stale. */
    record Connection(String object, String type, String protocol, String state, String reason, boolean staleOwned) {}
}
