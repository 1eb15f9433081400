// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.Sample;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Objects the link tests put on their nodes. */
final class Sites {

    private Sites() {}

    static ObjectDescriptor room(String id, String... tags) {
        return new ObjectDescriptor(
                id,
                "Room " + id,
                "room",
                "sim",
                "sim:" + id,
                "floor-1",
                List.of(tags),
                Map.of(
                        "temperature", ResourceDescriptor.number("Cel").range(-40.0, 85.0),
                        "setpoint",
                                ResourceDescriptor.number("Cel")
                                        .range(5.0, 30.0)
                                        .writable(21.0)),
                0);
    }

    static ObjectDescriptor meter(String id) {
        return meter(id, "Meter " + id);
    }

    static ObjectDescriptor meter(String id, String name) {
        return new ObjectDescriptor(
                id,
                name,
                "meter",
                "modbus",
                "modbus:1/" + id,
                "basement",
                List.of("energy"),
                Map.of("power", ResourceDescriptor.number("W")),
                0);
    }

    static Sample value(double v) {
        return Sample.good(v, Instant.now());
    }
}
