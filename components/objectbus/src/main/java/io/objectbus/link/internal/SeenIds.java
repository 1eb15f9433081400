// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The network ids a node received lately, over all its links: a message that reaches the node a second time (over
 * another path of a loop, or resent after a lost acknowledgement) is dropped. Bounded: the oldest ids are forgotten
 * first.
 */
public final class SeenIds {

    private final Map<String, Boolean> seen;

    public SeenIds(int capacity) {
        this.seen = new LinkedHashMap<>(capacity, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Records the id; false when it was seen already. */
    public synchronized boolean firstTime(String id) {
        return seen.put(id, Boolean.TRUE) == null;
    }
}
