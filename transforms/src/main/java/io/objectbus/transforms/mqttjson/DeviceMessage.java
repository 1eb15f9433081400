// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.mqttjson;

import io.objectbus.model.ResourceDescriptor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one MQTT message of a device means to the bus.
 *
 * @param kind what the message says
 * @param resources the resources the message reports values of (or describes), by resource id
 * @param values the values it reports, by resource id, in the resources' types
 * @param resource the resource a command reply is about, or null when the reply does not say
 * @param reason why a command was refused, or why the device went offline
 */
public record DeviceMessage(
        Kind kind,
        Map<String, ResourceDescriptor> resources,
        Map<String, Object> values,
        String resource,
        String reason) {

    /** What a device's message says. */
    public enum Kind {
        /** State or telemetry: values of resources. */
        VALUES,
        /** Resources the device has, from a description it published (no values). */
        DESCRIBED,
        /** The device is connected (its LWT, online or availability topic). */
        ONLINE,
        /** The device is gone (its last will, or its bridge says so). */
        OFFLINE,
        /** The device took a command. */
        ACCEPTED,
        /** The device refused a command, with its own reason. */
        REFUSED,
        /** A message of the device's topics that carries nothing for the bus. */
        IGNORED
    }

    public DeviceMessage {
        // In the device's order, as its payload had them.
        resources = resources == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(resources));
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static DeviceMessage values(Map<String, ResourceDescriptor> resources, Map<String, Object> values) {
        return new DeviceMessage(Kind.VALUES, resources, values, null, null);
    }

    public static DeviceMessage of(Kind kind) {
        return new DeviceMessage(kind, null, null, null, null);
    }

    public static DeviceMessage offline(String reason) {
        return new DeviceMessage(Kind.OFFLINE, null, null, null, reason);
    }

    public static DeviceMessage accepted(String resource) {
        return new DeviceMessage(Kind.ACCEPTED, null, null, resource, null);
    }

    public static DeviceMessage refused(String resource, String reason) {
        return new DeviceMessage(Kind.REFUSED, null, null, resource, reason);
    }
}
