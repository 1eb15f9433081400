// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawanns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.bus.Json;
import io.objectbus.bus.WriteCommand;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * How an adapter file says bus writes become downlinks: the port, whether confirmed, and a JSON object template for
 * the network server's downlink encoder in which the string {@code "${value}"} stands for the written value (in its
 * JSON type) and {@code ${resource}} — in a key or inside a string — for the resource written. The default template
 * {@code {"${resource}":"${value}"}} sends {@code {"setpoint":21.5}} for a write of setpoint.
 */
public final class DownlinkEncoding {

    public static final String DEFAULT_TEMPLATE = "{\"${resource}\":\"${value}\"}";

    private final int fPort;
    private final boolean confirmed;
    private final ObjectNode template;
    private final Set<String> writable;

    /** @param writable the resource ids that take writes */
    public DownlinkEncoding(int fPort, boolean confirmed, String template, Set<String> writable) {
        this.fPort = fPort;
        this.confirmed = confirmed;
        this.template = parse(template == null || template.isBlank() ? DEFAULT_TEMPLATE : template);
        this.writable = Set.copyOf(writable);
        new DownlinkRequest(fPort, confirmed, this.template, null); // checks the port now, not at the first write
    }

    public Set<String> writable() {
        return writable;
    }

    public boolean confirmed() {
        return confirmed;
    }

    /** The downlink a write asks for; a resource that takes no writes is refused. */
    public DownlinkRequest request(WriteCommand write) {
        if (!writable.contains(write.resourceId())) {
            throw new IllegalArgumentException(write.resourceId() + " of " + write.objectId() + " takes no writes");
        }
        JsonNode value = Json.MAPPER.valueToTree(write.value());
        return new DownlinkRequest(fPort, confirmed, fill(template, write.resourceId(), value), null);
    }

    private static JsonNode fill(JsonNode node, String resource, JsonNode value) {
        if (node.isTextual()) {
            return "${value}".equals(node.asText())
                    ? value
                    : Json.MAPPER.getNodeFactory().textNode(node.asText().replace("${resource}", resource));
        }
        if (node.isObject()) {
            ObjectNode filled = Json.MAPPER.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> f = node.fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> field = f.next();
                filled.set(field.getKey().replace("${resource}", resource), fill(field.getValue(), resource, value));
            }
            return filled;
        }
        if (node.isArray()) {
            var filled = Json.MAPPER.createArrayNode();
            node.forEach(element -> filled.add(fill(element, resource, value)));
            return filled;
        }
        return node;
    }

    private static ObjectNode parse(String template) {
        try {
            JsonNode node = Json.MAPPER.readTree(template);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException | RuntimeException e) {
            // reported below with the template itself
        }
        throw new IllegalArgumentException("the downlink template is not a JSON object: " + template);
    }
}
