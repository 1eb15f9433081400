// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.shelly;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.transforms.mqttjson.JsonPayloads;
import io.objectbus.transforms.mqttjson.Resources;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The status objects of Shelly Gen2 components (https://shelly-api-docs.shelly.cloud/gen2/ComponentsAndServices/Switch
 * and its siblings Light, Cover, Temperature, Humidity, DevicePower, Input, Thermostat) as bus resources: one
 * resource per reading, named by the component's key ({@code switch:0} → {@code switch-0}, {@code switch-0-power}).
 */
final class ShellyComponents {

    final Map<String, ResourceDescriptor> resources = new LinkedHashMap<>();
    final Map<String, Object> values = new LinkedHashMap<>();

    /** Every component of a status (or a NotifyStatus's params) this mapping knows; others are left out. */
    static ShellyComponents of(JsonNode status) {
        ShellyComponents components = new ShellyComponents();
        status.fields().forEachRemaining(field -> components.component(field.getKey(), field.getValue()));
        return components;
    }

    /** One component's status: {@code key} is {@code type:id}. */
    void component(String key, JsonNode status) {
        int colon = key.indexOf(':');
        if (colon < 0 || !status.isObject()) {
            return;
        }
        String type = key.substring(0, colon);
        String base = Resources.id(type, key.substring(colon + 1));
        switch (type) {
            case "switch" -> output(base, status);
            case "light" -> light(base, status);
            case "cover" -> cover(base, status);
            case "temperature" -> number(base, status.get("tC"), Resources.number("Cel"));
            case "humidity" -> number(base, status.get("rh"), Resources.number("%RH"));
            case "devicepower" ->
                number(base + "-battery", status.path("battery").get("percent"), percent());
            case "input" -> bool(base, status.get("state"), ResourceDescriptor.bool());
            case "thermostat" -> thermostat(base, status);
            default -> {}
        }
    }

    private void output(String base, JsonNode status) {
        bool(base, status.get("output"), Resources.relay(base.replace('-', ':') + " output"));
        meter(base, status);
    }

    private void light(String base, JsonNode status) {
        bool(base, status.get("output"), Resources.relay(base.replace('-', ':') + " output"));
        number(base + "-brightness", status.get("brightness"), Resources.level("%", 0, 100, 0.0));
        meter(base, status);
    }

    private void cover(String base, JsonNode status) {
        number(base + "-position", status.get("current_pos"), Resources.level("%", 0, 100, null));
        JsonNode state = status.get("state");
        if (state != null && state.isTextual()) {
            put(base + "-state", Resources.text(), state.asText());
        }
        meter(base, status);
    }

    private void thermostat(String base, JsonNode status) {
        number(base + "-setpoint", status.get("target_C"), Resources.level("Cel", 5, 35, null));
        number(base + "-temperature", status.get("current_C"), Resources.number("Cel"));
        bool(base + "-output", status.get("output"), ResourceDescriptor.bool());
    }

    /** The power meter of a switch, light or cover, where it has one. */
    private void meter(String base, JsonNode status) {
        number(base + "-power", status.get("apower"), Resources.number("W"));
        number(base + "-voltage", status.get("voltage"), Resources.number("V"));
        number(base + "-current", status.get("current"), Resources.number("A"));
        number(base + "-energy", status.path("aenergy").get("total"), Resources.number("Wh"));
        number(base + "-temperature", status.path("temperature").get("tC"), Resources.number("Cel"));
    }

    private static ResourceDescriptor percent() {
        return Resources.number("%");
    }

    private void number(String id, JsonNode value, ResourceDescriptor descriptor) {
        if (value != null && value.isNumber()) {
            put(id, descriptor, value.doubleValue());
        }
    }

    private void bool(String id, JsonNode value, ResourceDescriptor descriptor) {
        if (value != null && value.isBoolean()) {
            put(id, descriptor, JsonPayloads.scalar(value));
        }
    }

    private void put(String id, ResourceDescriptor descriptor, Object value) {
        resources.put(id, descriptor);
        values.put(id, value);
    }
}
