// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.zigbee2mqtt;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import io.objectbus.transforms.mqttjson.Resources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exposes of one device in the bridge's device list ({@code zigbee2mqtt/bridge/devices},
 * https://www.zigbee2mqtt.io/guide/usage/mqtt_topics_and_messages.html#zigbee2mqtt-bridge-devices): each exposed
 * property with its type, unit, range and access (https://www.zigbee2mqtt.io/guide/usage/exposes.html: bit 1 of
 * {@code access} is "can be set"). Composite exposes (light, switch, climate, cover, lock) list theirs in
 * {@code features}.
 */
final class Z2mExposes {

    private static final int ACCESS_SET = 2;

    private Z2mExposes() {}

    /**
     * The exposed properties of {@code friendlyName} in the device list, or null when the list does not have it.
     *
     * @throws IllegalArgumentException when the payload is not a device list
     */
    static Map<String, Z2mProperty> of(JsonNode devices, String friendlyName) {
        if (!devices.isArray()) {
            throw new IllegalArgumentException("bridge/devices is not a list of devices");
        }
        for (JsonNode device : devices) {
            if (friendlyName.equals(device.path("friendly_name").asText(null))) {
                Map<String, Z2mProperty> properties = new LinkedHashMap<>();
                flatten(device.path("definition").path("exposes")).forEach(e -> add(properties, e));
                return properties;
            }
        }
        return null;
    }

    private static List<JsonNode> flatten(JsonNode exposes) {
        List<JsonNode> leaves = new ArrayList<>();
        for (JsonNode expose : exposes) {
            if (expose.has("features")) {
                leaves.addAll(flatten(expose.get("features")));
            } else {
                leaves.add(expose);
            }
        }
        return leaves;
    }

    private static void add(Map<String, Z2mProperty> properties, JsonNode expose) {
        String property = expose.path("property").asText("");
        if (property.isEmpty()) {
            return;
        }
        boolean writable = (expose.path("access").asInt(0) & ACCESS_SET) != 0;
        String description = expose.path("description").asText(null);
        Z2mProperty mapped =
                switch (expose.path("type").asText("")) {
                    case "numeric" -> new Z2mProperty(property, numeric(property, expose, writable), null, null);
                    case "binary" ->
                        new Z2mProperty(
                                property,
                                flag(ResourceDescriptor.bool(), writable),
                                expose.get("value_on"),
                                expose.get("value_off"));
                    case "enum" -> new Z2mProperty(property, options(expose, writable), null, null);
                    case "text" -> new Z2mProperty(property, flag(Resources.text(), writable), null, null);
                    default -> null;
                };
        if (mapped != null) {
            var described = mapped.descriptor().described(expose.path("label").asText(null), description);
            properties.put(property, new Z2mProperty(property, described, mapped.valueOn(), mapped.valueOff()));
        }
    }

    private static ResourceDescriptor numeric(String property, JsonNode expose, boolean writable) {
        String unit = Z2mProperty.UNITS.get(expose.path("unit").asText(""));
        if (property.equals("humidity") && "%".equals(unit)) {
            unit = "%RH"; // relative humidity, as the bus names it
        }
        ResourceDescriptor number =
                Resources.number(unit).range(bound(expose, "value_min"), bound(expose, "value_max"));
        return flag(number, writable);
    }

    private static ResourceDescriptor options(JsonNode expose, boolean writable) {
        List<String> values = new ArrayList<>();
        expose.path("values").forEach(v -> values.add(v.asText()));
        var text = new ResourceDescriptor(ValueType.STRING, null, false, null, null, values, null, null, null, null);
        return flag(text, writable);
    }

    private static ResourceDescriptor flag(ResourceDescriptor descriptor, boolean writable) {
        return writable ? descriptor.writable(null) : descriptor;
    }

    private static Double bound(JsonNode expose, String field) {
        JsonNode value = expose.get(field);
        return value != null && value.isNumber() ? value.doubleValue() : null;
    }
}
