// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.CovPolicy;
import io.objectbus.model.Ids;
import java.time.Duration;
import java.util.Map;

/**
 * How a node's bus behaves.
 *
 * @param prefix topic prefix, {@code ob/v1} by default
 * @param valueQos MQTT QoS of value publications; 1 makes them durable for persistent sessions
 * @param writeTimeout how long an adapter has to apply a write before the writer is told it timed out
 * @param maxRequestBytes larger requests are rejected unread
 * @param requestsPerSecond requests ({@code $set}, {@code $discover}) beyond this rate are rejected
 * @param covDefaults the node's COV policy
 * @param covByResource COV policies by resource id, between the node's and the object's own
 * @param sweepInterval how often heartbeats, stale checks and priority expiries are looked at
 */
public record BusSettings(
        String nodeId,
        String nodeName,
        String prefix,
        int valueQos,
        Duration writeTimeout,
        int maxRequestBytes,
        int requestsPerSecond,
        CovPolicy covDefaults,
        Map<String, CovPolicy> covByResource,
        Duration sweepInterval) {

    public BusSettings {
        Ids.require(nodeId, "node");
        if (prefix.startsWith("/") || prefix.endsWith("/") || prefix.contains("+") || prefix.contains("#")) {
            throw new IllegalArgumentException("topic prefix must be a plain topic without leading or trailing '/'");
        }
        covDefaults = covDefaults.orElse(CovPolicy.DEFAULT);
        covByResource = Map.copyOf(covByResource);
    }

    public static BusSettings defaults(String nodeId) {
        return new BusSettings(
                nodeId,
                nodeId,
                "ob/v1",
                0,
                Duration.ofSeconds(10),
                64 * 1024,
                2000,
                CovPolicy.DEFAULT,
                Map.of(),
                Duration.ofMillis(250));
    }

    /** The effective policy of one resource: the object's own, then the resource id's, then the node's. */
    public CovPolicy covFor(String resourceId, CovPolicy own) {
        CovPolicy policy = own == null ? CovPolicy.NONE : own;
        return policy.orElse(covByResource.get(resourceId)).orElse(covDefaults);
    }
}
