// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.link.internal.LinkMessage;
import io.objectbus.link.internal.Mapping;
import io.objectbus.link.internal.TopicKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sparkplug B-style topics with JSON payloads (not the protobuf encoding): the node is the edge node, each object a
 * device of the group named by the site. {@code $state} online and offline become NBIRTH and NDEATH, an object's
 * descriptor DBIRTH (its resources as metrics with types and units), a removed object DDEATH, a value DDATA with one
 * metric; replayed values carry {@code "is_historical":true} (Sparkplug B, metric field is_historical). Payloads carry
 * {@code timestamp} (epoch ms) and a {@code seq} from 0 to 255, per edge node.
 */
final class SparkplugMapping implements Mapping {

    static final String NAMESPACE = "spBv1.0";

    private final String prefix;
    private final String group;
    private final Map<String, AtomicLong> sequences = new java.util.concurrent.ConcurrentHashMap<>();

    SparkplugMapping(String prefix, String group) {
        this.prefix = prefix;
        this.group = group;
    }

    @Override
    public List<Publication> map(LinkMessage message) {
        TopicKind kind = TopicKind.of(prefix, message.topic());
        JsonNode json = Values.parse(message.payload());
        return switch (kind.kind()) {
            case VALUE -> json == null ? List.of() : List.of(data(kind, message, json));
            case OBJECT_INFO -> List.of(json == null ? death(kind) : birth(kind, json));
            case NODE_STATE -> nodeState(kind, message.topic(), json);
            default -> List.of();
        };
    }

    private Publication data(TopicKind kind, LinkMessage message, JsonNode value) {
        String resource = message.topic().substring(message.topic().lastIndexOf('/') + 1);
        Map<String, Object> metric = new LinkedHashMap<>();
        metric.put("name", resource);
        metric.put("timestamp", Values.millis(value));
        metric.put("dataType", dataType(value.get("v")));
        metric.put("value", Json.scalar(value.get("v")));
        Map<String, Object> properties = new LinkedHashMap<>();
        if (value.hasNonNull("u")) {
            properties.put(
                    "engUnit", Map.of("type", "String", "value", value.get("u").asText()));
        }
        properties.put(
                "quality", Map.of("type", "String", "value", value.path("q").asText("good")));
        metric.put("properties", properties);
        if (message.hist() || value.path("hist").asBoolean(false)) {
            metric.put("is_historical", true);
        }
        return publish("DDATA", kind.node(), kind.object(), Values.millis(value), List.of(metric));
    }

    private Publication birth(TopicKind kind, JsonNode descriptor) {
        List<Object> metrics = new ArrayList<>();
        descriptor.path("resources").fields().forEachRemaining(entry -> {
            Map<String, Object> metric = new LinkedHashMap<>();
            metric.put("name", entry.getKey());
            metric.put("dataType", declaredType(entry.getValue().path("type").asText("")));
            Map<String, Object> properties = new LinkedHashMap<>();
            if (entry.getValue().hasNonNull("unit")) {
                properties.put(
                        "engUnit",
                        Map.of(
                                "type",
                                "String",
                                "value",
                                entry.getValue().get("unit").asText()));
            }
            properties.put(
                    "writable",
                    Map.of(
                            "type",
                            "Boolean",
                            "value",
                            entry.getValue().path("writable").asBoolean()));
            metric.put("properties", properties);
            metrics.add(metric);
        });
        return publish("DBIRTH", kind.node(), kind.object(), System.currentTimeMillis(), metrics);
    }

    private Publication death(TopicKind kind) {
        return publish("DDEATH", kind.node(), kind.object(), System.currentTimeMillis(), List.of());
    }

    private List<Publication> nodeState(TopicKind kind, String topic, JsonNode state) {
        if (!topic.endsWith("/$state") || state == null) {
            return List.of();
        }
        boolean online = state.path("online").asBoolean(false);
        if (online) {
            sequences.put(kind.node(), new AtomicLong(-1)); // a birth starts the sequence again at 0
        }
        Map<String, Object> rebirth = Map.of("name", "Node Control/Rebirth", "dataType", "Boolean", "value", false);
        return List.of(publish(
                online ? "NBIRTH" : "NDEATH",
                kind.node(),
                null,
                System.currentTimeMillis(),
                online ? List.of(rebirth) : List.of()));
    }

    private Publication publish(String type, String node, String device, long timestamp, List<Object> metrics) {
        String topic = NAMESPACE + "/" + group + "/" + type + "/" + node + (device == null ? "" : "/" + device);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("timestamp", timestamp);
        body.put("metrics", metrics);
        long seq = sequences.computeIfAbsent(node, n -> new AtomicLong(-1)).incrementAndGet() % 256;
        body.put("seq", seq);
        return new Publication(topic, Values.qos1(body));
    }

    private static String dataType(JsonNode v) {
        if (v == null || v.isNull()) {
            return "Unknown";
        }
        if (v.isBoolean()) {
            return "Boolean";
        }
        if (v.isIntegralNumber()) {
            return "Int64";
        }
        return v.isNumber() ? "Double" : "String";
    }

    private static String declaredType(String type) {
        return switch (type) {
            case "number" -> "Double";
            case "integer" -> "Int64";
            case "boolean" -> "Boolean";
            default -> "String";
        };
    }
}
