// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import java.util.List;
import java.util.Map;

/** Object descriptors the tests describe on the bus. */
final class Rooms {

    private Rooms() {}

    static ObjectDescriptor room(String id, String location, String... tags) {
        return new ObjectDescriptor(
                id,
                "Room " + id,
                "room",
                "sim",
                "sim:" + id,
                location,
                List.of(tags),
                Map.of(
                        "temperature", ResourceDescriptor.number("Cel").range(-40.0, 85.0),
                        "humidity", ResourceDescriptor.number("%RH").range(0.0, 100.0),
                        "setpoint",
                                ResourceDescriptor.number("Cel")
                                        .range(5.0, 30.0)
                                        .writable(21.0),
                        "light", ResourceDescriptor.bool().writable(false),
                        "mode",
                                new ResourceDescriptor(
                                        ValueType.ENUM,
                                        null,
                                        true,
                                        null,
                                        null,
                                        List.of("comfort", "eco", "off"),
                                        null,
                                        null,
                                        null,
                                        "comfort")),
                0);
    }

    static ObjectDescriptor meter(String id) {
        return new ObjectDescriptor(
                id,
                "Meter " + id,
                "meter",
                "modbus",
                "modbus:1/" + id,
                "basement",
                List.of("energy"),
                Map.of("power", ResourceDescriptor.number("W"), "energy", ResourceDescriptor.number("Wh")),
                0);
    }
}
