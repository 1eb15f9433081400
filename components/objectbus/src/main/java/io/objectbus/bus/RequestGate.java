// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first check of every request the node receives: size, rate and JSON syntax. What fails is answered (where the
 * asker gave a reply topic) and reported on {@code $errors}; what passes goes to its handler as parsed JSON.
 */
final class RequestGate implements BusTransport.Handler {

    private static final Logger LOG = LoggerFactory.getLogger(RequestGate.class);
    private static final AtomicLong internalErrors = new AtomicLong();

    private final int maxBytes;
    private final RateLimiter limiter;
    private final BusTransport transport;
    private final ErrorReporter errors;
    private final BiConsumer<BusTransport.Inbound, JsonNode> next;

    RequestGate(
            BusSettings settings,
            Clock clock,
            BusTransport transport,
            ErrorReporter errors,
            BiConsumer<BusTransport.Inbound, JsonNode> next) {
        this.maxBytes = settings.maxRequestBytes();
        this.limiter = new RateLimiter(settings.requestsPerSecond(), clock);
        this.transport = transport;
        this.errors = errors;
        this.next = next;
    }

    @Override
    public void onMessage(BusTransport.Inbound message) {
        if (message.payload().length > maxBytes) {
            refuse(message, null, "payload of " + message.payload().length + " bytes exceeds " + maxBytes);
            return;
        }
        if (!limiter.tryAcquire()) {
            refuse(message, null, "too many requests: the node answers at most its configured rate");
            return;
        }
        JsonNode json;
        try {
            json = Json.parse(message.payload());
            if (json == null || json.isMissingNode()) {
                throw new IOException("empty payload");
            }
        } catch (IOException e) {
            refuse(message, null, "malformed JSON: " + ErrorReporter.firstLine(e.getMessage()));
            return;
        }
        try {
            next.accept(message, json);
        } catch (RuntimeException e) {
            internalErrors.incrementAndGet();
            LOG.error("Request on {} failed inside the node", message.topic(), e);
            refuse(message, json, "internal error: " + e);
        }
    }

    /** Requests that failed through a fault of the node, not of the request: should stay 0. */
    static long internalErrors() {
        return internalErrors.get();
    }

    private void refuse(BusTransport.Inbound message, JsonNode json, String reason) {
        errors.report(message.topic(), reason, message.payload());
        Replies replies = Replies.of(message, json);
        if (replies.wanted()) {
            transport.reply(
                    replies.topic(),
                    Json.bytes(Map.of("status", "rejected", "reason", reason)),
                    replies.correlationData());
        }
    }
}
