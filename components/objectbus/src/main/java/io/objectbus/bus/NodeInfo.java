// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.ObjectDescriptor;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** The node descriptor ({@code {node}/$info}), rebuilt when objects come or go. */
final class NodeInfo {

    static final String VERSION = NodeInfo.class.getPackage().getImplementationVersion() != null
            ? NodeInfo.class.getPackage().getImplementationVersion()
            : "0.1.0-SNAPSHOT";

    private final BusSettings settings;
    private final Topics topics;
    private final Registry registry;
    private final String since;
    private final Supplier<List<Map<String, Object>>> links;
    private final AtomicBoolean changed = new AtomicBoolean();
    private final AtomicLong version = new AtomicLong();
    private volatile Built built;

    /** A descriptor with the version it was built from: one built while a change came is never served after it. */
    private record Built(long version, byte[] payload) {}

    NodeInfo(
            BusSettings settings,
            Topics topics,
            Registry registry,
            Clock clock,
            Supplier<List<Map<String, Object>>> links) {
        this.settings = settings;
        this.topics = topics;
        this.registry = registry;
        this.since = Json.timestamp(clock.instant());
        this.links = links;
    }

    void changed() {
        version.incrementAndGet();
        changed.set(true);
    }

    boolean takeChanged() {
        return changed.getAndSet(false);
    }

    byte[] payload() {
        long now = version.get();
        Built current = built;
        if (current == null || current.version() != now) {
            current = new Built(now, Json.bytes(describe()));
            built = current;
        }
        return current.payload();
    }

    /** Objects of plain routes have no protocol: they count under "none", never under a "null" key. */
    private static String protocolOf(ObjectDescriptor descriptor) {
        String protocol = descriptor.protocol();
        return protocol == null || protocol.isBlank() ? "none" : protocol;
    }

    Map<String, Object> describe() {
        Map<String, Integer> protocols = new TreeMap<>();
        registry.all().forEach(o -> protocols.merge(protocolOf(o.descriptor), 1, Integer::sum));
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", topics.node());
        info.put("name", settings.nodeName());
        info.put("version", VERSION);
        info.put("prefix", topics.prefix());
        info.put("since", since);
        info.put("objects", registry.size());
        info.put("protocols", protocols);
        info.put("links", links.get());
        return info;
    }
}
