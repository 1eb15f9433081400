// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts each stream a router sends back in the order it was sent. The broker may route QoS 1 publications of one
 * connection out of order (a race in Artemis 2.44's MQTT protocol, seen here under load), so every message carries
 * {@code stream:n}; one that comes early waits, unacknowledged, until those before it came, or until it has waited
 * {@code holdMillis} (then what is missing is given up: the far side resends what it did not see acknowledged).
 * Used from one thread only.
 */
final class Resequencer {

    private static final Logger LOG = LoggerFactory.getLogger(Resequencer.class);
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
    private static final long FORGET_AFTER_MILLIS = 10 * 60_000;

    private record Held(LinkMessage message, CompletableFuture<Void> done, long since) {}

    private static final class Stream {
        long next;
        long lastSeen;
        final TreeMap<Long, Held> held = new TreeMap<>();

        Stream(long first) {
            this.next = first;
        }
    }

    private final Consumer<LinkMessage> next;
    private final long holdMillis;
    private final LongSupplier clock;
    private final Map<String, Stream> streams = new HashMap<>();

    Resequencer(Consumer<LinkMessage> next, long holdMillis, LongSupplier clock) {
        this.next = next;
        this.holdMillis = holdMillis;
        this.clock = clock;
    }

    /**
     * Hands the message on now or once its turn came; the future completes when it was handed on.
     *
     * @param leftover the message was in the inbox before this node started: the stream it opens goes on from it, as
     *     this node's previous run handled those before it (held, they would wait for messages that never come, and
     *     then overwrite newer ones)
     */
    CompletableFuture<Void> accept(LinkMessage message, boolean leftover) {
        String sequence = message.wireSequence();
        int colon = sequence == null ? -1 : sequence.lastIndexOf(':');
        if (colon < 0) {
            next.accept(message);
            return DONE;
        }
        long n = Long.parseLong(sequence.substring(colon + 1));
        Stream stream = streams.computeIfAbsent(sequence.substring(0, colon), s -> new Stream(leftover ? n : 1));
        stream.lastSeen = clock.getAsLong();
        if (n < stream.next) {
            next.accept(message); // sent again after a lost acknowledgement; the network id drops it
            return DONE;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        stream.held.put(n, new Held(message, done, stream.lastSeen));
        release(stream, false);
        return done;
    }

    /** Gives up on what is missing for too long, and forgets streams of connections long gone. */
    void tick() {
        long now = clock.getAsLong();
        for (Iterator<Stream> it = streams.values().iterator(); it.hasNext(); ) {
            Stream stream = it.next();
            if (!stream.held.isEmpty() && stream.held.firstEntry().getValue().since() + holdMillis <= now) {
                LOG.warn(
                        "Messages {} to {} of a link stream did not come; going on without them",
                        stream.next,
                        stream.held.firstKey() - 1);
                release(stream, true);
            } else if (stream.held.isEmpty() && stream.lastSeen + FORGET_AFTER_MILLIS < now) {
                it.remove();
            }
        }
    }

    private void release(Stream stream, boolean skipGaps) {
        while (!stream.held.isEmpty() && (skipGaps || stream.held.firstKey() == stream.next)) {
            Map.Entry<Long, Held> first = stream.held.pollFirstEntry();
            stream.next = first.getKey() + 1;
            try {
                next.accept(first.getValue().message());
            } finally {
                first.getValue().done().complete(null);
            }
        }
    }
}
