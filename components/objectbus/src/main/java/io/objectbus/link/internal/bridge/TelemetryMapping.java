// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.link.internal.LinkMessage;
import io.objectbus.link.internal.Mapping;
import io.objectbus.link.internal.TopicKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain telemetry: each value on its own topic from a template ({@code {site}/{object}/{resource}} by default) with
 * a small JSON document, {@code {"value":21.5,"unit":"Cel","ts":"…","quality":"good"}}, and {@code "hist":true} on
 * values replayed after an outage. Descriptors, events and requests stay on the site.
 */
final class TelemetryMapping implements Mapping {

    private final String prefix;
    private final TopicTemplate topic;
    private final String site;

    TelemetryMapping(String prefix, String template, String site) {
        this.prefix = prefix;
        this.topic = new TopicTemplate(template);
        this.site = site;
    }

    @Override
    public List<Publication> map(LinkMessage message) {
        TopicKind kind = TopicKind.of(prefix, message.topic());
        JsonNode value = kind.kind() == TopicKind.Kind.VALUE ? Values.parse(message.payload()) : null;
        if (value == null) {
            return List.of();
        }
        String resource = message.topic().substring(message.topic().lastIndexOf('/') + 1);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("value", Json.scalar(value.get("v")));
        if (value.hasNonNull("u")) {
            body.put("unit", value.get("u").asText());
        }
        body.put("ts", value.path("ts").asText(null));
        body.put("quality", value.path("q").asText("good"));
        if (message.hist() || value.path("hist").asBoolean(false)) {
            body.put("hist", true);
        }
        String target = topic.render(site, kind.node(), kind.object(), resource);
        return List.of(new Publication(target, Values.qos1(body)));
    }
}
