// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.BusNode;
import io.objectbus.bus.BusTransport;
import io.objectbus.bus.Json;
import io.objectbus.component.ObjectBusComponent;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The recent {@code $event}s of every node the bus sees (its own, and other nodes' through routers), the last
 * {@value #PER_NODE} per node, for {@code GET /api/events}. It subscribes in the node's broker, in-VM, as the bus's
 * other readers do; an event whose payload is not a JSON object is not kept. They are kept in the data folder too
 * ({@link EventJournal}), so that a restart does not empty the list.
 */
final class EventLog extends ServiceSupport implements BusTransport.Handler, StartupListener {

    static final int PER_NODE = 200;

    /** Beyond this many nodes, events of new ones are not kept: the log stays bounded whatever the network. */
    static final int MAX_NODES = 1000;

    private final Map<String, Deque<Map<String, Object>>> byNode = new ConcurrentHashMap<>();
    private final EventJournal journal;
    private volatile BusTransport.Subscription subscription;

    EventLog(EventJournal journal) {
        this.journal = journal;
    }

    /** The events of the last run, before the bus gives new ones. */
    @Override
    protected void doStart() {
        journal.read().forEach(this::keep);
        journal.rewrite(all());
    }

    /** The bus runs once the context has fully started; events before that are not kept. */
    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {}

    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
        ObjectBusComponent component = context.getComponent("objectbus", ObjectBusComponent.class);
        if (component != null && component.getBus() != null && subscription == null) {
            BusNode bus = component.getBus();
            subscription = bus.subscribe(null, List.of(bus.topics().prefix() + "/+/+/$event"), this);
        }
    }

    @Override
    public void onMessage(BusTransport.Inbound message) {
        String[] levels = message.topic().split("/");
        JsonNode event;
        try {
            event = Json.parse(message.payload());
        } catch (IOException e) {
            return;
        }
        if (levels.length < 4 || !event.isObject()) {
            return;
        }
        String node = levels[levels.length - 3];
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("node", node);
        entry.put("object", levels[levels.length - 2]);
        entry.put("ts", event.path("ts").asText(null));
        entry.put("event", event);
        if (keep(entry)) {
            journal.append(entry, PER_NODE * byNode.size(), this::all);
        }
    }

    private boolean keep(Map<String, Object> entry) {
        String node = String.valueOf(entry.get("node"));
        if (byNode.size() >= MAX_NODES && !byNode.containsKey(node)) {
            return false;
        }
        Deque<Map<String, Object>> recent = byNode.computeIfAbsent(node, n -> new ArrayDeque<>(PER_NODE));
        synchronized (recent) {
            if (recent.size() == PER_NODE) {
                recent.removeFirst();
            }
            recent.addLast(entry);
        }
        return true;
    }

    private List<Map<String, Object>> all() {
        List<Map<String, Object>> all = new ArrayList<>();
        byNode.values().forEach(recent -> {
            synchronized (recent) {
                all.addAll(recent);
            }
        });
        return all;
    }

    /** The kept events that pass the filter, oldest first, the newest {@code filter.limit()} of them. */
    List<Map<String, Object>> recent(EventFilter filter) {
        List<Map<String, Object>> found = new ArrayList<>();
        byNode.forEach((node, recent) -> {
            if (filter.node().test(node)) {
                synchronized (recent) {
                    recent.stream().filter(filter::matches).forEach(found::add);
                }
            }
        });
        found.sort(java.util.Comparator.comparing(e -> String.valueOf(e.get("ts"))));
        return found.subList(Math.max(0, found.size() - filter.limit()), found.size());
    }

    @Override
    protected void doStop() {
        BusTransport.Subscription open = subscription;
        subscription = null;
        if (open != null) {
            open.close();
        }
        journal.close();
    }
}
