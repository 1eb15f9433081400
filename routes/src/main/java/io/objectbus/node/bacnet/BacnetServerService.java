// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet;

import io.objectbus.broker.BrokerSettings;
import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.component.ObjectBusComponent;
import io.objectbus.node.NodeStartException;
import io.objectbus.node.bacnet.server.BusBacnetServer;
import io.objectbus.node.bacnet.server.ServerSettings;
import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedStartupListener;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Starts the node's BACnet/IP device once the context runs (the bus and its broker are up then) and stops it with
 * the context. A device that cannot start (its port is taken; any Throwable) fails the node's start: a node asked to
 * answer as a BACnet device does not run without it.
 */
final class BacnetServerService extends ServiceSupport implements ExtendedStartupListener {

    /** What the node's properties say, before the bus's node id, prefix and broker are known. */
    record Options(
            int deviceInstance,
            String deviceName,
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
        BrokerSettings broker =
                context.getRegistry().findSingleByType(EmbeddedBroker.class).settings();
        String host = broker.host().equals("0.0.0.0") ? "127.0.0.1" : broker.host();
        ServerSettings settings = new ServerSettings(
                options.deviceInstance(),
                options.deviceName().isBlank() ? "ObjectBus " + bus.getNodeId() : options.deviceName(),
                options.port(),
                options.bindAddress(),
                options.broadcastAddress(),
                options.objects(),
                options.includeBacnet(),
                options.writeTimeout(),
                "tcp://" + host + ":" + broker.mqttPort(),
                bus.getPrefix(),
                bus.getNodeId());
        try {
            BusBacnetServer started = new BusBacnetServer(settings);
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
