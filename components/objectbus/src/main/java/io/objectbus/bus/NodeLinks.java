// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;

/** The node's routers and cloud bridges as the node descriptor lists them: each link's status, read when asked. */
final class NodeLinks {

    private final Map<String, Supplier<Map<String, Object>>> links = new ConcurrentSkipListMap<>();
    private final Runnable changed;

    /** @param changed told when a link comes, goes or changes state */
    NodeLinks(Runnable changed) {
        this.changed = changed;
    }

    Runnable register(String name, Supplier<Map<String, Object>> status) {
        links.put(name, status);
        changed.run();
        return () -> {
            links.remove(name);
            changed.run();
        };
    }

    List<Map<String, Object>> list() {
        return links.values().stream().map(Supplier::get).toList();
    }

    /** Whether a link to the node is up: then the node's own {@code $state} reaches this one. */
    boolean upTo(String node) {
        return list().stream().anyMatch(link -> node.equals(link.get("node")) && "up".equals(link.get("state")));
    }
}
