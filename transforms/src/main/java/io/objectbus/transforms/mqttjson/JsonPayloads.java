// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.mqttjson;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Reads device payloads: JSON objects, or the plain words some topics carry. */
public final class JsonPayloads {

    private JsonPayloads() {}

    /** The payload as a JSON object; anything else is garbage to the caller. */
    public static JsonNode object(String topic, byte[] payload) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(payload);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not JSON on " + topic + ": " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object on " + topic);
        }
        return node;
    }

    /** The payload as text, trimmed. */
    public static String text(byte[] payload) {
        return new String(payload, StandardCharsets.UTF_8).strip();
    }

    /** A JSON scalar as the bus takes it: Boolean, Double or String; null for containers and null. */
    public static Object scalar(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.asText();
    }

    /** A number field, or null when it is absent or not a number. */
    public static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? value.doubleValue() : null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
