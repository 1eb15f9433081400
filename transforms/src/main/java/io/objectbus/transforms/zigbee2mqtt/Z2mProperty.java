// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.zigbee2mqtt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import io.objectbus.transforms.mqttjson.JsonPayloads;
import io.objectbus.transforms.mqttjson.Resources;
import java.util.Map;

/**
 * One property of a Zigbee2MQTT device's state as a bus resource: from its expose
 * (https://www.zigbee2mqtt.io/guide/usage/exposes.html) where the bridge told the adapter, or else from the common
 * properties' units. A binary property keeps its own on and off values ({@code "ON"}/{@code "OFF"},
 * {@code true}/{@code false}, {@code "LOCK"}/{@code "UNLOCK"}): on the bus it is a boolean.
 *
 * @param valueOn the device's value for true, or null for a property that is not binary
 */
record Z2mProperty(String property, ResourceDescriptor descriptor, JsonNode valueOn, JsonNode valueOff) {

    /** Units of the exposes' {@code unit} field as UCUM codes. */
    static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("°C", "Cel"),
            Map.entry("°F", "[degF]"),
            Map.entry("%", "%"),
            Map.entry("hPa", "hPa"),
            Map.entry("kPa", "kPa"),
            Map.entry("lx", "lx"),
            Map.entry("ppm", "ppm"),
            Map.entry("ppb", "ppb"),
            Map.entry("W", "W"),
            Map.entry("kWh", "kWh"),
            Map.entry("V", "V"),
            Map.entry("mV", "mV"),
            Map.entry("A", "A"),
            Map.entry("Hz", "Hz"),
            Map.entry("s", "s"),
            Map.entry("mired", "mired"));

    /** Common properties with one meaning across devices, for a device whose exposes the adapter has not seen. */
    private static final Map<String, ResourceDescriptor> COMMON = Map.ofEntries(
            Map.entry("temperature", Resources.number("Cel")),
            Map.entry("local_temperature", Resources.number("Cel")),
            Map.entry("current_heating_setpoint", Resources.level("Cel", 5, 30, null)),
            Map.entry("occupied_heating_setpoint", Resources.level("Cel", 5, 30, null)),
            Map.entry("humidity", Resources.number("%RH")),
            Map.entry("pressure", Resources.number("hPa")),
            Map.entry("battery", Resources.number("%")),
            Map.entry("illuminance_lux", Resources.number("lx")),
            Map.entry("co2", Resources.number("ppm")),
            Map.entry("power", Resources.number("W")),
            Map.entry("energy", Resources.number("kWh")),
            Map.entry("current", Resources.number("A")),
            Map.entry("brightness", Resources.level(null, 0, 254, 0.0)),
            Map.entry("linkquality", Resources.number(null)));

    /** A property seen in a state of a device whose exposes are not known: by its name and its JSON value. */
    static Z2mProperty guessed(String property, JsonNode value) {
        ResourceDescriptor common = COMMON.get(property);
        if (common != null && value.isNumber()) {
            return new Z2mProperty(property, common, null, null);
        }
        if ((property.equals("state") || property.startsWith("state_")) && value.isTextual()) {
            return new Z2mProperty(
                    property, Resources.relay(property), TextNode.valueOf("ON"), TextNode.valueOf("OFF"));
        }
        if (value.isBoolean()) {
            return new Z2mProperty(property, ResourceDescriptor.bool(), BooleanNode.TRUE, BooleanNode.FALSE);
        }
        if (value.isNumber()) {
            return new Z2mProperty(property, Resources.number(null), null, null);
        }
        return value.isTextual() ? new Z2mProperty(property, Resources.text(), null, null) : null;
    }

    /** The bus value of the device's JSON value, or null when it is not one this property takes. */
    Object value(JsonNode json) {
        if (valueOn != null) {
            return json.equals(valueOn) ? Boolean.TRUE : json.equals(valueOff) ? Boolean.FALSE : null;
        }
        Object scalar = JsonPayloads.scalar(json);
        boolean number = descriptor.type() == ValueType.NUMBER;
        return number == (scalar instanceof Double) ? scalar : null;
    }

    /** The device's JSON value for a bus value written. */
    Object deviceValue(Object busValue) {
        if (valueOn != null && busValue instanceof Boolean on) {
            return on ? valueOn : valueOff;
        }
        return busValue;
    }
}
