// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The objects of one adapter's gateways: {adapterId}-gw-{EUI} counting the uplinks it heard best and the input refused
 * from it, with the last reason; and the resources of a gateway's status reports on its connection object, described
 * with the first one. Used on the server's one thread.
 */
final class GatewayObjects {

    private static final int UPLINKS = 0;
    private static final int ERRORS = 1;

    private final String adapterId;
    private final BusOutput bus;
    private final Map<String, long[]> counts = new HashMap<>();
    private final Set<String> reportingStats = new HashSet<>();

    GatewayObjects(String adapterId, BusOutput bus) {
        this.adapterId = adapterId;
        this.bus = bus;
    }

    /** Describes the gateway's object, with zero counts, the first time the gateway is heard of. */
    void seen(String eui) {
        if (!counts.containsKey(eui)) {
            counts.put(eui, new long[2]);
            bus.describe(DeviceObjects.gateway(adapterId, eui));
            bus.publish(DeviceObjects.gatewayId(adapterId, eui), Map.of("uplinks", 0L, "errors", 0L, "lastError", ""));
        }
    }

    void uplink(String eui) {
        count(eui, UPLINKS);
    }

    void refused(String eui, String reason) {
        count(eui, ERRORS);
        bus.publish(DeviceObjects.gatewayId(adapterId, eui), Map.of("lastError", reason));
    }

    /** A gateway's status report: resources of its connection object, described with them at the first one. */
    void stats(String eui, String statJson) {
        String connection = DeviceObjects.gatewayId(adapterId, eui) + "-connection";
        try {
            Map<String, Object> values = GatewayStats.values(statJson);
            if (reportingStats.add(eui)) {
                bus.describe(GatewayStats.connection(connection, eui));
            }
            bus.publish(connection, values);
        } catch (java.io.IOException e) {
            bus.error("lorawan gateway " + eui, "stat object does not parse: " + e.getMessage(), null);
        }
    }

    void clear() {
        counts.clear();
        reportingStats.clear();
    }

    private void count(String eui, int which) {
        long[] c = counts.get(eui);
        if (c != null) {
            c[which]++;
            bus.publish(
                    DeviceObjects.gatewayId(adapterId, eui), Map.of(which == UPLINKS ? "uplinks" : "errors", c[which]));
        }
    }
}
