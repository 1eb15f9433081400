// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua;

import io.objectbus.component.ObjectBusComponent;
import io.objectbus.node.NodeStartException;
import io.objectbus.northbound.opcua.BusOpcUaServer;
import io.objectbus.northbound.opcua.ServerSettings;
import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedStartupListener;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the node's OPC UA server once the context runs (the bus and its broker are up then) and stops it with the
 * context. A server that cannot start (a Throwable, not only an Exception: a class missing from the class path is an
 * Error) fails the node's start: a node asked to serve OPC UA does not run without it.
 */
final class OpcUaServerService extends ServiceSupport implements ExtendedStartupListener {

    private static final Logger LOG = LoggerFactory.getLogger(OpcUaServerService.class);

    /** The settings the node's properties give, before the bus's node id is known. */
    record Options(
            String host,
            int port,
            String path,
            int writePriority,
            long writeTimeout,
            String securityPolicy,
            String username,
            String password,
            String certificateDir) {}

    private final Options options;
    private BusOpcUaServer server;

    OpcUaServerService(Options options) {
        this.options = options;
    }

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {}

    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
        ObjectBusComponent bus = context.getComponent("objectbus", ObjectBusComponent.class);
        ServerSettings settings = new ServerSettings(
                options.host(),
                options.port(),
                options.path(),
                options.writePriority(),
                options.writeTimeout(),
                options.securityPolicy(),
                options.username(),
                options.password(),
                options.certificateDir(),
                bus.getNodeId());
        try {
            server = new BusOpcUaServer(settings, bus.getBus().view());
            server.start();
        } catch (Throwable e) {
            doStop();
            throw new NodeStartException(
                    "the OPC UA server on " + settings.endpointUrl() + " did not start: " + NodeStartException.reason(e)
                            + "; check objectbus.opcua.server.* (port, host, certificate-dir) or set"
                            + " objectbus.opcua.server.enabled=false",
                    e);
        }
    }

    @Override
    protected void doStop() {
        BusOpcUaServer running = server;
        server = null;
        if (running != null) {
            try {
                running.close();
            } catch (Exception e) {
                LOG.warn("Stopping the OPC UA server: {}", e.getMessage());
            }
        }
    }
}
