// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.objectbus.bus.BusCounters;
import io.objectbus.bus.BusNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bus's meters: values in and out, suppressed changes, write replies by status, {@code $errors} by reason kind,
 * each adapter connection's state, since and last seen, and each link's counters (docs/operations.md lists them).
 */
final class BusMeters {

    private static final List<String> LINK_COUNTERS =
            List.of("sent", "received", "stored", "dropped", "gaps", "queued");

    private final BusNode bus;
    private final MeterRegistry registry;
    private final MultiGauge connectionUp;
    private final MultiGauge connectionSince;
    private final MultiGauge lastSeen;
    private final MultiGauge linkUp;
    private final Map<String, MultiGauge> linkCounters = new java.util.LinkedHashMap<>();

    BusMeters(BusNode bus, MeterRegistry registry) {
        this.bus = bus;
        this.registry = registry;
        BusCounters counters = bus.counters();
        FunctionCounter.builder("objectbus.values.in", counters, BusCounters::valuesIn)
                .description("samples adapters reported to the bus")
                .register(registry);
        FunctionCounter.builder("objectbus.values.out", counters, BusCounters::valuesOut)
                .description("values the bus published")
                .register(registry);
        FunctionCounter.builder("objectbus.cov.suppressed", counters, BusCounters::covSuppressed)
                .description("samples change of value kept from the bus")
                .register(registry);
        connectionUp = MultiGauge.builder("objectbus.adapter.connection.up")
                .description("1 while an adapter connection is up, 0 otherwise")
                .register(registry);
        connectionSince = MultiGauge.builder("objectbus.adapter.connection.since")
                .description("when the connection's state last changed, seconds since the epoch")
                .baseUnit("seconds")
                .register(registry);
        lastSeen = MultiGauge.builder("objectbus.adapter.last.seen")
                .description("when an object of the adapter last reported a sample, seconds since the epoch")
                .baseUnit("seconds")
                .register(registry);
        linkUp = MultiGauge.builder("objectbus.link.up")
                .description("1 while a link to another node is up")
                .register(registry);
        for (String counter : LINK_COUNTERS) {
            linkCounters.put(
                    counter,
                    MultiGauge.builder("objectbus.link." + counter)
                            .description("a link's " + counter + " count, from the node descriptor's links")
                            .register(registry));
        }
    }

    void refresh() {
        BusCounters counters = bus.counters();
        for (String status : counters.writeReplies().keySet()) {
            FunctionCounter.builder("objectbus.write.replies", counters, c -> c.writeReplies()
                            .getOrDefault(status, 0L))
                    .description("replies to writes by status")
                    .tag("status", status)
                    .register(registry);
        }
        for (String reason : counters.errors().keySet()) {
            FunctionCounter.builder(
                            "objectbus.errors", counters, c -> c.errors().getOrDefault(reason, 0L))
                    .description("reports on $errors by the kind of their reason")
                    .tag("reason", reason)
                    .register(registry);
        }
        refreshConnections();
        refreshLinks();
    }

    private void refreshConnections() {
        List<MultiGauge.Row<?>> up = new ArrayList<>();
        List<MultiGauge.Row<?>> since = new ArrayList<>();
        List<MultiGauge.Row<?>> seen = new ArrayList<>();
        for (AdapterConnection connection : AdapterConnection.all(bus.view())) {
            Tags tags = Tags.of("object", connection.object(), "protocol", String.valueOf(connection.protocol()));
            up.add(MultiGauge.Row.of(tags, connection.isUp() ? 1 : 0));
            if (connection.since() != null && !connection.since().isBlank()) {
                since.add(MultiGauge.Row.of(
                        tags, Instant.parse(connection.since()).toEpochMilli() / 1000.0));
            }
            bus.lastSeenBeside(connection.object())
                    .ifPresent(at -> seen.add(MultiGauge.Row.of(tags, at.toEpochMilli() / 1000.0)));
        }
        connectionUp.register(up, true);
        connectionSince.register(since, true);
        lastSeen.register(seen, true);
    }

    private void refreshLinks() {
        List<Map<String, Object>> links = bus.links();
        List<MultiGauge.Row<?>> up = new ArrayList<>();
        Map<String, List<MultiGauge.Row<?>>> rows = new java.util.HashMap<>();
        for (Map<String, Object> link : links) {
            Tags tags = Tags.of("link", String.valueOf(link.get("id")), "remote", String.valueOf(link.get("node")));
            up.add(MultiGauge.Row.of(tags, "up".equals(link.get("state")) ? 1 : 0));
            for (String counter : LINK_COUNTERS) {
                if (link.get(counter) instanceof Number number) {
                    rows.computeIfAbsent(counter, c -> new ArrayList<>()).add(MultiGauge.Row.of(tags, number));
                }
            }
        }
        linkUp.register(up, true);
        linkCounters.forEach((counter, gauge) -> gauge.register(rows.getOrDefault(counter, List.of()), true));
    }
}
