// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A packet forwarder's status report (the stat object of PUSH_DATA, Semtech PROTOCOL.TXT 4) as resources of its
 * gateway's connection object, beside the connection's state, reason and since.
 */
final class GatewayStats {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** stat field, resource name, description. */
    private static final List<String[]> COUNTERS = List.of(
            new String[] {"rxnb", "rxnb", "radio packets received in the last report interval"},
            new String[] {"rxok", "rxok", "radio packets received with a valid PHY CRC"},
            new String[] {"rxfw", "rxfw", "radio packets forwarded"},
            new String[] {"dwnb", "dwnb", "downlink datagrams received"},
            new String[] {"txnb", "txnb", "packets emitted"});

    private GatewayStats() {}

    /** The connection object of a gateway that reports stats: the connection shape plus the stat resources. */
    static ObjectDescriptor connection(String id, String eui) {
        Map<String, ResourceDescriptor> r = new LinkedHashMap<>();
        r.put(
                "state",
                new ResourceDescriptor(
                        ValueType.ENUM,
                        null,
                        false,
                        null,
                        null,
                        List.of("connecting", "up", "down"),
                        "State",
                        "connecting, up or down",
                        null,
                        null));
        r.put("reason", text("Reason", "why the connection is not up; empty when it is"));
        r.put("since", text("Since", "when the state last changed, ISO-8601 UTC"));
        COUNTERS.forEach(c -> r.put(c[1], integer(c[1], c[2])));
        r.put(
                "ackr",
                new ResourceDescriptor(
                        ValueType.NUMBER,
                        "%",
                        false,
                        0.0,
                        100.0,
                        null,
                        "ackr",
                        "upstream datagrams acknowledged, %",
                        null,
                        null));
        r.put("statTime", text("last stat time", "the gateway's time of its last status report"));
        return new ObjectDescriptor(id, id, "gateway", "lorawan", eui, null, List.of("connection"), r, 0);
    }

    /** The values of a stat object; fields the gateway left out are left out. */
    static Map<String, Object> values(String statJson) throws IOException {
        JsonNode stat = JSON.readTree(statJson);
        Map<String, Object> values = new LinkedHashMap<>();
        COUNTERS.forEach(c -> {
            if (stat.path(c[0]).isNumber()) {
                values.put(c[1], stat.path(c[0]).asLong());
            }
        });
        if (stat.path("ackr").isNumber()) {
            values.put("ackr", stat.path("ackr").asDouble());
        }
        if (stat.path("time").isTextual()) {
            values.put("statTime", stat.path("time").asText());
        }
        return values;
    }

    private static ResourceDescriptor text(String name, String description) {
        return new ResourceDescriptor(ValueType.STRING, null, false, null, null, null, name, description, null, null);
    }

    private static ResourceDescriptor integer(String name, String description) {
        return new ResourceDescriptor(ValueType.INTEGER, null, false, null, null, null, name, description, null, null);
    }
}
