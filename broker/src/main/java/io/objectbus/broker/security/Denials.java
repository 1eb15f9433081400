// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every refusal of the broker, logged (never with a secret or a payload) and counted by kind. */
public final class Denials {

    /** What was refused. */
    public enum Kind {
        connect,
        publish,
        subscribe,
        write,
        limit
    }

    private static final Logger LOG = LoggerFactory.getLogger(Denials.class);

    private final Map<Kind, LongAdder> counts = new ConcurrentHashMap<>();

    public void deny(Kind kind, String identity, String from, String what, String reason) {
        counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
        String user = identity == null ? "" : identity;
        if (kind == Kind.connect) {
            LOG.warn("Refused the MQTT connection of user '{}' from {}: {}", user, from, reason);
        } else {
            LOG.warn("Refused the {} of user '{}' on {}: {}", kind, user, what, reason);
        }
    }

    public long count(Kind kind) {
        LongAdder count = counts.get(kind);
        return count == null ? 0 : count.sum();
    }
}
