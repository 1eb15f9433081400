// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a link's messages over its connection: numbers each of its two streams afresh for every connection (so that
 * the far router puts them back in order), maps each message to what the far broker gets, and completes when the far
 * broker acknowledged all of it. A publication the far broker refuses is dropped and logged; one that the lost
 * connection took fails, to be sent again.
 */
final class Publisher {

    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    private final String link;
    private final Mapping mapping;
    private final RemoteConnection connection;
    private final LinkStatus status;
    private final AtomicLong live = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private volatile String stream = "0";

    Publisher(String link, Mapping mapping, RemoteConnection connection, LinkStatus status) {
        this.link = link;
        this.mapping = mapping;
        this.connection = connection;
        this.status = status;
    }

    /** A new connection: its streams start at 1. */
    void newConnection() {
        stream = Long.toString(System.nanoTime(), 36);
        live.set(0);
        stored.set(0);
    }

    CompletableFuture<Void> send(LinkMessage message, boolean fromStore) {
        long n = (fromStore ? stored : live).incrementAndGet();
        List<Mapping.Publication> publications = mapping.map(message.sentAs(stream + (fromStore ? "s:" : "l:") + n));
        CompletableFuture<?>[] acks = publications.stream()
                .map(p -> connection.publish(p.topic(), p.message()))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(acks).handle((v, error) -> {
            Throwable cause = error == null ? null : error.getCause() == null ? error : error.getCause();
            if (cause instanceof RemoteConnection.LinkLost lost) {
                throw lost;
            }
            if (cause != null) {
                LOG.warn("Link {}: the far broker refused {}: {}; dropped", link, message.topic(), cause.getMessage());
            } else {
                status.sent();
            }
            return null;
        });
    }
}
