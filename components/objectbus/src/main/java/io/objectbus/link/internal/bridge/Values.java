// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import java.time.Instant;
import org.eclipse.paho.mqttv5.common.MqttMessage;

/** Helpers of the cloud mappings: reading the bus's value payloads, writing QoS 1 publications. */
final class Values {

    private Values() {}

    /** The parsed payload, or null when it is not a JSON object. */
    static JsonNode parse(byte[] payload) {
        try {
            JsonNode json = payload.length == 0 ? null : Json.parse(payload);
            return json != null && json.isObject() ? json : null;
        } catch (Exception e) {
            return null;
        }
    }

    static long millis(JsonNode value) {
        String ts = value.path("ts").asText(null);
        try {
            return ts == null ? System.currentTimeMillis() : Instant.parse(ts).toEpochMilli();
        } catch (RuntimeException e) {
            return System.currentTimeMillis();
        }
    }

    static MqttMessage qos1(Object body) {
        MqttMessage message = new MqttMessage(Json.bytes(body));
        message.setQos(1);
        return message;
    }

    static MqttMessage qos1(byte[] payload) {
        MqttMessage message = new MqttMessage(payload);
        message.setQos(1);
        return message;
    }
}
