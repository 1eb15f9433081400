// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet;

import io.objectbus.component.ObjectBusComponent;
import io.objectbus.node.NodeStartException;
import io.objectbus.northbound.bacnet.BusBacnetServer;
import io.objectbus.northbound.bacnet.ServerSettings;
import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedStartupListener;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Starts the node's BACnet/IP device once the context runs (the bus is up then, and its view) and stops it with
 * the context. A device that cannot start (its port is taken; any Throwable) fails the node's start: a node asked to
 * answer as a BACnet device does not run without it.
 */
final class BacnetServerService extends ServiceSupport implements ExtendedStartupListener {

    /** What the node's properties say, before the bus's node id is known. */
    record Options(
            int deviceInstance,
            String deviceName,
            int vendorId,
            int port,
            String bindAddress,
            String broadcastAddress,
            String objects,
            boolean includeBacnet,
            long writeTimeout) {}

    private final Options options;
    private volatile BusBacnetServer server;

    BacnetServerService(Options options) {
        this.options = options;
    }

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {}

    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
        ObjectBusComponent bus = context.getComponent("objectbus", ObjectBusComponent.class);
        ServerSettings settings = settings(bus.getNodeId());
        try {
            BusBacnetServer started = new BusBacnetServer(settings, bus.getBus().view());
            server = started;
            started.start();
        } catch (Throwable e) {
            doStop();
            throw new NodeStartException(
                    "the BACnet/IP device on UDP port " + options.port() + " did not start: "
                            + NodeStartException.reason(e) + "; set objectbus.bacnet.server.port or"
                            + " OBJECTBUS_BACNET_SERVER_PORT, or objectbus.bacnet.server.enabled=false",
                    e);
        }
    }

    private ServerSettings settings(String node) {
        try {
            return new ServerSettings(
                    options.deviceInstance(),
                    options.deviceName().isBlank() ? "ObjectBus " + node : options.deviceName(),
                    options.vendorId(),
                    options.port(),
                    options.bindAddress(),
                    options.broadcastAddress(),
                    options.objects(),
                    options.includeBacnet(),
                    options.writeTimeout(),
                    node);
        } catch (IllegalArgumentException e) {
            throw new NodeStartException(
                    "the BACnet/IP device did not start: " + e.getMessage()
                            + "; set objectbus.bacnet.server.vendor-identifier to the id ASHRAE assigned",
                    e);
        }
    }

    /** The running server, or null. */
    BusBacnetServer server() {
        return server;
    }

    @Override
    protected void doStop() {
        BusBacnetServer running = server;
        server = null;
        if (running != null) {
            running.close();
        }
    }
}
