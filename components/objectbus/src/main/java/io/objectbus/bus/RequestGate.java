// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first check of every request the node receives: size, rate and JSON syntax. What fails goes to the handler's
 * rejection, which answers it as its kind of request is answered (where the asker gave a reply topic) and reports it
 * on {@code $errors}; what passes goes to the handler as parsed JSON.
 */
final class RequestGate implements BusTransport.Handler {

    /** What handles one kind of request, and rejects it in that kind's reply format. */
    interface Requests {

        void onRequest(BusTransport.Inbound message, JsonNode json);

        /**
         * @param json the parsed request, or null when it was not read (too large, too many, malformed)
         */
        void reject(BusTransport.Inbound message, JsonNode json, String reason);
    }

    private static final Logger LOG = LoggerFactory.getLogger(RequestGate.class);
    private static final AtomicLong internalErrors = new AtomicLong();

    private final int maxBytes;
    private final RateLimiter limiter;
    private final Requests requests;

    RequestGate(BusSettings settings, Clock clock, Requests requests) {
        this.maxBytes = settings.maxRequestBytes();
        this.limiter = new RateLimiter(settings.requestsPerSecond(), clock);
        this.requests = requests;
    }

    @Override
    public void onMessage(BusTransport.Inbound message) {
        if (message.payload().length > maxBytes) {
            requests.reject(message, null, "payload of " + message.payload().length + " bytes exceeds " + maxBytes);
            return;
        }
        if (!limiter.tryAcquire()) {
            requests.reject(message, null, "too many requests: the node answers at most its configured rate");
            return;
        }
        JsonNode json;
        try {
            json = Json.parse(message.payload());
            if (json == null || json.isMissingNode()) {
                throw new IOException("empty payload");
            }
        } catch (IOException e) {
            requests.reject(message, null, "malformed JSON: " + ErrorReporter.firstLine(e.getMessage()));
            return;
        }
        try {
            requests.onRequest(message, json);
        } catch (RuntimeException e) {
            internalErrors.incrementAndGet();
            LOG.error("Request on {} failed inside the node", message.topic(), e);
            requests.reject(message, json, "internal error: " + e);
        }
    }

    /** Requests that failed through a fault of the node, not of the request: should stay 0. */
    static long internalErrors() {
        return internalErrors.get();
    }
}
