// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean.adapter;

/**
 * What the adapter tells the bus as its connection to the gateway comes and goes: its objects with the first
 * exchange; who the gateway is once it is up (asked again after a reconnect: it may be another stick), and the
 * gateway object's values again, which the lost connection had turned stale.
 */
final class ConnectionLife {

    private final GatewaySender sender;
    private final GatewayValues gateway;
    private boolean described;
    private boolean wasUp;

    ConnectionLife(GatewaySender sender, GatewayValues gateway) {
        this.sender = sender;
        this.gateway = gateway;
    }

    void describeOnce(BusMessages bus) {
        if (!described) {
            described = true;
            gateway.describeAll(bus);
        }
    }

    void up(BusMessages bus, boolean learnMode) {
        if (wasUp) {
            sender.forgetIdentity();
            gateway.learnMode(bus, learnMode);
            gateway.deviceCount(bus);
        }
        wasUp = true;
        identifyWhenDue(bus);
    }

    /** Asks the gateway who it is while it has not said (in the exchange: the dispatcher may use the gateway). */
    void identifyWhenDue(BusMessages bus) {
        if (wasUp && sender.identifyDue() && sender.identify()) {
            gateway.identity(sender, bus);
        }
    }
}
