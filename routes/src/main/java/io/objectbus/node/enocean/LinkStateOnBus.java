// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.enocean;

import io.objectbus.component.enocean.EnoceanConstants;
import io.objectbus.transforms.enocean.DeviceRegistry;
import io.objectbus.transforms.enocean.EnoceanDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the state of the gateway's link means on the bus: while the link is down nothing the objects show is current,
 * so every object of the gateway turns stale with the reason; when it is up again the gateway is asked who it is and
 * the devices' values turn good with their next telegrams. It takes what the bus's generic connection operation
 * takes (the state as body, the reason apart) so that the route can hand the state to that operation instead.
 */
final class LinkStateOnBus {

    private static final Logger LOG = LoggerFactory.getLogger(LinkStateOnBus.class);

    private final String gatewayId;
    private final DeviceRegistry registry;
    private final BusOutput bus;
    private final Runnable reconnected;
    private boolean wasUp;

    /** @param reconnected called when the link is up again after it was up before */
    LinkStateOnBus(String gatewayId, DeviceRegistry registry, BusOutput bus, Runnable reconnected) {
        this.gatewayId = gatewayId;
        this.registry = registry;
        this.bus = bus;
        this.reconnected = reconnected;
    }

    /** Called in order, on the gateway's dispatcher thread. */
    synchronized void changed(String state, String reason) {
        switch (state) {
            case EnoceanConstants.LINK_DOWN -> down(reason);
            case EnoceanConstants.LINK_UP -> up(reason);
            default -> LOG.info("EnOcean gateway {}: {}", gatewayId, state);
        }
    }

    private void down(String reason) {
        String why = "gateway link down: " + (reason == null ? "unknown reason" : reason);
        LOG.warn("EnOcean gateway {}: {}; its objects are stale until it is back", gatewayId, why);
        bus.stale(gatewayId, why);
        for (EnoceanDevice device : registry.all()) {
            bus.stale(device.objectId(), why);
        }
    }

    private void up(String where) {
        LOG.info("EnOcean gateway {}: link up ({})", gatewayId, where);
        if (wasUp) {
            reconnected.run();
        }
        wasUp = true;
    }
}
