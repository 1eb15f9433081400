// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A parsed {@code $set} payload: {@code {"v":22.5,"p":8,"owner":"bms","ttl":3600}}; a bare JSON scalar is a write
 * at priority 16.
 */
record WriteRequest(Object value, int priority, String owner, Instant expiresAt) {

    static final int DEFAULT_PRIORITY = 16;

    static WriteRequest parse(JsonNode node, Instant now) {
        if (node.isValueNode()) {
            return new WriteRequest(Json.scalar(node), DEFAULT_PRIORITY, null, null);
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object with \"v\" or a bare value");
        }
        if (!node.has("v")) {
            throw new IllegalArgumentException("missing \"v\" (use null to relinquish)");
        }
        Object value = Json.scalar(node.get("v"));
        int priority = priority(node.get("p"));
        String owner = node.hasNonNull("owner") ? node.get("owner").asText() : null;
        return new WriteRequest(value, priority, owner, expiry(node.get("ttl"), now));
    }

    private static int priority(JsonNode p) {
        if (p == null || p.isNull()) {
            return DEFAULT_PRIORITY;
        }
        if (!p.isIntegralNumber() || p.intValue() < 1 || p.intValue() > PriorityArray.LEVELS) {
            throw new IllegalArgumentException("priority \"p\" must be an integer from 1 to 16, got " + p);
        }
        return p.intValue();
    }

    private static Instant expiry(JsonNode ttl, Instant now) {
        if (ttl == null || ttl.isNull()) {
            return null;
        }
        if (!ttl.isNumber() || ttl.doubleValue() <= 0) {
            throw new IllegalArgumentException("\"ttl\" must be a positive number of seconds, got " + ttl);
        }
        return now.plusMillis((long) (ttl.doubleValue() * 1000));
    }
}
