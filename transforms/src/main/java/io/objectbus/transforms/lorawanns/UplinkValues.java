// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawanns;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.transforms.mqttjson.JsonPayloads;
import io.objectbus.transforms.mqttjson.Resources;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects the resources of one device's event: the fields of the payload the network server decoded (nested objects
 * flattened to {@code outer-inner}, arrays left out) and the radio metadata both network servers report.
 */
final class UplinkValues {

    static final String RSSI = "rssi";
    static final String SNR = "snr";
    static final String GATEWAY = "gateway";
    static final String FRAME_COUNTER = "frame-counter";
    static final String LAST_SEEN = "last-seen";
    static final String BATTERY = "battery";

    private final Map<String, ResourceDescriptor> resources = new LinkedHashMap<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** The decoded payload's fields; a field without a usable id or value is left out. */
    UplinkValues decoded(JsonNode object) {
        if (object != null && object.isObject()) {
            flatten("", object);
        }
        return this;
    }

    UplinkValues number(String id, JsonNode value, String unit) {
        if (value != null && value.isNumber()) {
            put(id, Resources.number(unit), value.doubleValue());
        }
        return this;
    }

    UplinkValues text(String id, String value) {
        if (value != null && !value.isBlank()) {
            put(id, Resources.text(), value);
        }
        return this;
    }

    NsEvent event(String device) {
        return NsEvent.values(device, resources, values);
    }

    private void flatten(String prefix, JsonNode object) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = prefix.isEmpty() ? field.getKey() : prefix + "-" + field.getKey();
            if (field.getValue().isObject()) {
                flatten(name, field.getValue());
                continue;
            }
            Object value = JsonPayloads.scalar(field.getValue());
            String id = idOf(name);
            if (value == null || id == null) {
                continue;
            }
            ResourceDescriptor descriptor = value instanceof Boolean
                    ? ResourceDescriptor.bool()
                    : value instanceof Double ? Resources.number(null) : Resources.text();
            put(id, descriptor, value);
        }
    }

    /** The resource id of a decoded field, or null for a name with no letter or digit. */
    private static String idOf(String name) {
        try {
            return Resources.id(name);
        } catch (IllegalArgumentException noId) {
            return null;
        }
    }

    private void put(String id, ResourceDescriptor descriptor, Object value) {
        resources.put(id, descriptor);
        values.put(id, value);
    }
}
