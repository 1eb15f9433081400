// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawan;

import io.objectbus.component.lorawan.Reception;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Which gateways hear which devices, so that a gateway going down turns stale only the devices it cuts off: those
 * whose every gateway heard within the device's interval is down. A device another gateway still hears stays good.
 * Called from the route's threads.
 */
final class GatewayReach {

    private final Set<String> down = new HashSet<>();
    private final Map<String, Map<String, Instant>> heardBy = new HashMap<>();

    /** An uplink of the device and every gateway that heard it. */
    synchronized void heard(String devEui, List<Reception> receptions, Instant at) {
        Map<String, Instant> gateways = heardBy.computeIfAbsent(devEui, k -> new HashMap<>());
        receptions.forEach(r -> gateways.put(r.gatewayEui(), at));
    }

    synchronized void up(String gatewayEui) {
        down.remove(gatewayEui);
    }

    /**
     * The gateway is down: the devices it heard within their interval (seconds, 0 for any time) that no gateway up
     * heard within it.
     */
    synchronized List<String> down(String gatewayEui, Instant now, ToLongFunction<String> intervalSeconds) {
        down.add(gatewayEui);
        return heardBy.entrySet().stream()
                .filter(e -> cutOff(e.getValue(), gatewayEui, now, intervalSeconds.applyAsLong(e.getKey())))
                .map(Map.Entry::getKey)
                .toList();
    }

    private boolean cutOff(Map<String, Instant> gateways, String lost, Instant now, long intervalSeconds) {
        Instant since = intervalSeconds > 0 ? now.minus(Duration.ofSeconds(intervalSeconds)) : Instant.MIN;
        Set<String> recent = new HashSet<>();
        gateways.forEach((gw, at) -> {
            if (!at.isBefore(since)) {
                recent.add(gw);
            }
        });
        return recent.contains(lost) && down.containsAll(recent);
    }
}
