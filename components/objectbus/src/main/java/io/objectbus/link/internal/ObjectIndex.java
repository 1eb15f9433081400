// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The type and tags of the objects whose traffic passes a link, learnt from their descriptors, so that a link can
 * carry only objects of some types or tags. A value of an object not yet seen asks the node's current picture.
 */
final class ObjectIndex {

    record Info(String type, List<String> tags) {
        static final Info UNKNOWN = new Info(null, List.of());
    }

    private final Map<String, Info> objects = new ConcurrentHashMap<>();
    private final Function<String, byte[]> descriptorLookup;

    /** @param descriptorLookup the current descriptor payload of an {@code …/{object}/$info} topic, or null */
    ObjectIndex(Function<String, byte[]> descriptorLookup) {
        this.descriptorLookup = descriptorLookup;
    }

    void learn(String infoTopic, byte[] payload) {
        if (payload.length == 0) {
            objects.remove(infoTopic);
        } else {
            objects.put(infoTopic, parse(payload));
        }
    }

    Info get(String infoTopic) {
        return objects.computeIfAbsent(infoTopic, t -> {
            byte[] payload = descriptorLookup.apply(t);
            return payload == null ? Info.UNKNOWN : parse(payload);
        });
    }

    private static Info parse(byte[] payload) {
        try {
            JsonNode json = Json.parse(payload);
            List<String> tags = new ArrayList<>();
            json.path("tags").forEach(tag -> tags.add(tag.asText()));
            return new Info(json.path("type").asText(null), tags);
        } catch (Exception e) {
            return Info.UNKNOWN;
        }
    }
}
