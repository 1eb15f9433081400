// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the answers to a forwarded request go. A router sends a request on with its own reply topic and a token as
 * correlation data; the answers come back with the token and go to the asker's own reply topic, with the asker's own
 * correlation data. Entries live for the reply timeout after the last answer, as a request may be answered several
 * times (pages, several nodes behind the link, accepted then applied, a command's progress until it is done).
 */
final class RequestTable {

    record Asker(String responseTopic, byte[] correlationData, long expiresAt) {}

    private static final int MAX_ENTRIES = 100_000;

    private final Map<Long, Asker> askers = new ConcurrentHashMap<>();
    private final AtomicLong tokens = new AtomicLong(System.nanoTime());
    private final Duration timeout;
    private final Clock clock;

    RequestTable(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
    }

    /** Remembers the asker and returns the token that stands for it on the far side. */
    byte[] remember(String responseTopic, byte[] correlationData) {
        long now = clock.millis();
        if (askers.size() >= MAX_ENTRIES) {
            expire(now);
        }
        long token = tokens.incrementAndGet();
        askers.put(token, new Asker(responseTopic, correlationData, now + timeout.toMillis()));
        return ByteBuffer.allocate(Long.BYTES).putLong(token).array();
    }

    /** The asker a token stands for, or null when it is unknown or expired; an answer keeps the entry alive. */
    Asker lookup(byte[] token) {
        if (token == null || token.length != Long.BYTES) {
            return null;
        }
        long key = ByteBuffer.wrap(token).getLong();
        long now = clock.millis();
        Asker asker = askers.get(key);
        if (asker == null || asker.expiresAt() < now) {
            return null;
        }
        askers.replace(key, asker, new Asker(asker.responseTopic(), asker.correlationData(), now + timeout.toMillis()));
        return asker;
    }

    void expire(long now) {
        for (Iterator<Asker> it = askers.values().iterator(); it.hasNext(); ) {
            if (it.next().expiresAt() < now) {
                it.remove();
            }
        }
    }

    int size() {
        return askers.size();
    }
}
