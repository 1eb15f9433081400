// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The objects of one adapter's gateways: {adapterId}-gw-{EUI} counting the uplinks it heard best and the input refused
 * from it, with the last reason; and the resources of a gateway's status reports on its connection object, described
 * with the first one. Called on the route's threads, and by {@link #flush()} on a timer.
 *
 * <p>A busy gateway's uplink count is published at most once per {@link #UPLINKS_PERIOD_NANOS}: one more message on
 * the bus for each uplink cost a sixth of the adapter's throughput. The count left over after a burst goes out with
 * the next flush.
 */
final class GatewayObjects {

    private static final int UPLINKS = 0;
    private static final int ERRORS = 1;
    static final long UPLINKS_PERIOD_NANOS = 1_000_000_000L;

    private final String adapterId;
    private final BusOutput bus;
    private final Map<String, Counts> counts = new HashMap<>();
    private final Set<String> reportingStats = new HashSet<>();

    GatewayObjects(String adapterId, BusOutput bus) {
        this.adapterId = adapterId;
        this.bus = bus;
    }

    /** Describes the gateway's object, with zero counts, the first time the gateway is heard of. */
    synchronized void seen(String eui) {
        if (!counts.containsKey(eui)) {
            counts.put(eui, new Counts());
            bus.describe(DeviceObjects.gateway(adapterId, eui));
            bus.publish(DeviceObjects.gatewayId(adapterId, eui), Map.of("uplinks", 0L, "errors", 0L, "lastError", ""));
        }
    }

    synchronized void uplink(String eui, long nanoTime) {
        Counts c = counts.get(eui);
        if (c == null) {
            return;
        }
        c.values[UPLINKS]++;
        if (nanoTime - c.uplinksPublished >= UPLINKS_PERIOD_NANOS) {
            publishUplinks(eui, c, nanoTime);
        } else {
            c.uplinksPending = true;
        }
    }

    /** Publishes the uplink counts not yet published. */
    synchronized void flush(long nanoTime) {
        counts.forEach((eui, c) -> {
            if (c.uplinksPending) {
                publishUplinks(eui, c, nanoTime);
            }
        });
    }

    synchronized void refused(String eui, String reason) {
        Counts c = counts.get(eui);
        if (c != null) {
            c.values[ERRORS]++;
            bus.publish(DeviceObjects.gatewayId(adapterId, eui), Map.of("errors", c.values[ERRORS]));
        }
        bus.publish(DeviceObjects.gatewayId(adapterId, eui), Map.of("lastError", reason));
    }

    /** A gateway's status report: resources of its connection object, described with them at the first one. */
    void stats(String eui, String statJson) {
        String connection = DeviceObjects.gatewayId(adapterId, eui) + "-connection";
        try {
            Map<String, Object> values = GatewayStats.values(statJson);
            if (firstStats(eui)) {
                bus.describe(GatewayStats.connection(connection, eui));
            }
            bus.publish(connection, values);
        } catch (java.io.IOException e) {
            bus.error("lorawan gateway " + eui, "stat object does not parse: " + e.getMessage(), null);
        }
    }

    private synchronized boolean firstStats(String eui) {
        return reportingStats.add(eui);
    }

    synchronized void clear() {
        counts.clear();
        reportingStats.clear();
    }

    private void publishUplinks(String eui, Counts c, long nanoTime) {
        c.uplinksPublished = nanoTime;
        c.uplinksPending = false;
        bus.publish(DeviceObjects.gatewayId(adapterId, eui), Map.of("uplinks", c.values[UPLINKS]));
    }

    private static final class Counts {
        final long[] values = new long[2];
        long uplinksPublished = System.nanoTime() - UPLINKS_PERIOD_NANOS;
        boolean uplinksPending;
    }
}
