// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * The bus's answer to a write, as a {@code $set} reply of {@code docs/PROTOCOL.md} says it: {@code accepted} first,
 * then one final status ({@code applied}, {@code failed}, {@code timeout}); or {@code stored} or {@code rejected}
 * alone.
 *
 * @param status {@code accepted}, {@code applied}, {@code failed}, {@code timeout}, {@code stored} or {@code rejected}
 * @param priority the priority written, 0 where the request did not get that far
 * @param effectiveValue the resource's effective value after the write (null for none, or when not given)
 * @param effectivePriority the level in control, 0 for the relinquish default or when not given
 * @param reason why, for anything but {@code accepted} and {@code applied}; null otherwise
 */
public record WriteReply(
        String status,
        String object,
        String resource,
        int priority,
        Object effectiveValue,
        int effectivePriority,
        String reason,
        Instant timestamp) {

    public static final String ACCEPTED = "accepted";
    public static final String APPLIED = "applied";
    public static final String FAILED = "failed";
    public static final String TIMEOUT = "timeout";
    public static final String STORED = "stored";
    public static final String REJECTED = "rejected";

    /** Whether no other reply follows this one. */
    public boolean isFinal() {
        return !ACCEPTED.equals(status);
    }

    /** Whether the write is done as asked: applied, or stored while a higher priority keeps control. */
    public boolean succeeded() {
        return APPLIED.equals(status) || STORED.equals(status);
    }

    /** A reply payload of the bus; fields it lacks stay empty. */
    static WriteReply of(JsonNode reply) {
        JsonNode effective = reply.path("effective");
        return new WriteReply(
                reply.path("status").asText(),
                reply.hasNonNull("object") ? reply.get("object").asText() : null,
                reply.hasNonNull("resource") ? reply.get("resource").asText() : null,
                reply.path("p").asInt(0),
                Json.scalar(effective.get("v")),
                effective.path("p").asInt(0),
                reply.hasNonNull("reason") ? reply.get("reason").asText() : null,
                reply.hasNonNull("ts") ? Instant.parse(reply.get("ts").asText()) : null);
    }
}
