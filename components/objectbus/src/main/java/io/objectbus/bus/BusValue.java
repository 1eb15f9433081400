// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.model.Quality;
import java.io.IOException;
import java.time.Instant;

/**
 * A resource's value as the bus published it, for a {@link BusView}: the fields of the value payload of
 * {@code docs/PROTOCOL.md} ({@code {"v":21.5,"u":"Cel","ts":"…","q":"good","seq":4711}}) with the node, object and
 * resource it belongs to.
 *
 * @param value a Number (Long or Double), Boolean or String; null only with a quality other than good
 * @param unit the UCUM unit, or null
 * @param timestamp when the device measured it
 * @param reason why the quality is not good, or null
 * @param sequence the publishing node's sequence number ({@code seq}), 0 where the payload has none
 * @param historical replayed after an outage by a router ({@code hist}): not for live automation
 */
public record BusValue(
        String node,
        String object,
        String resource,
        Object value,
        String unit,
        Instant timestamp,
        Quality quality,
        String reason,
        long sequence,
        boolean historical) {

    /**
     * Reads a value payload.
     *
     * @throws IllegalArgumentException when the payload is not a value
     */
    public static BusValue parse(String node, String object, String resource, byte[] payload) {
        try {
            JsonNode json = Json.parse(payload);
            if (json == null || !json.isObject() || !json.has("v")) {
                throw new IllegalArgumentException("not a value payload");
            }
            return new BusValue(
                    node,
                    object,
                    resource,
                    Json.scalar(json.get("v")),
                    json.hasNonNull("u") ? json.get("u").asText() : null,
                    json.hasNonNull("ts") ? Instant.parse(json.get("ts").asText()) : null,
                    json.hasNonNull("q") ? Quality.of(json.get("q").asText()) : Quality.GOOD,
                    json.hasNonNull("r") ? json.get("r").asText() : null,
                    json.path("seq").asLong(0),
                    json.path("hist").asBoolean(false));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "value of " + node + "/" + object + "/" + resource + " unreadable: " + e.getMessage(), e);
        }
    }
}
