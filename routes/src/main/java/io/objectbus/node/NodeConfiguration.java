// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import io.objectbus.broker.BrokerSettings;
import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.node.sim.SimulatedSite;
import java.nio.file.Path;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;

/** The node's beans: the embedded broker, which the objectbus component finds by type, and the simulated site. */
public class NodeConfiguration implements CamelConfiguration {

    @PropertyInject(value = "objectbus.broker.host", defaultValue = "127.0.0.1")
    private String host;

    @PropertyInject(value = "objectbus.broker.mqtt-port", defaultValue = "1883")
    private int mqttPort;

    @PropertyInject(value = "objectbus.broker.ws-port", defaultValue = "8083")
    private int webSocketPort;

    @PropertyInject(value = "objectbus.broker.data-dir", defaultValue = "data")
    private String dataDir;

    @PropertyInject(value = "objectbus.broker.persistent", defaultValue = "true")
    private boolean persistent;

    @PropertyInject(value = "objectbus.broker.max-message-bytes", defaultValue = "262144")
    private int maxMessageBytes;

    @PropertyInject(value = "objectbus.broker.journal-sync", defaultValue = "false")
    private boolean journalSync;

    @PropertyInject(value = "objectbus.broker.journal-type", defaultValue = "mapped")
    private String journalType;

    @PropertyInject(value = "objectbus.sim.floors", defaultValue = "2")
    private int floors;

    @PropertyInject(value = "objectbus.sim.rooms-per-floor", defaultValue = "5")
    private int roomsPerFloor;

    /**
     * Binds the broker and starts it in the background while the rest of the node is configured; the context waits for
     * it before starting the bus and the routes, and stops it after them, so that the bus can still announce the node
     * offline while stopping.
     */
    @Override
    public void configure(CamelContext context) throws Exception {
        if (context.getRegistry().lookupByName("broker") != null) {
            return;
        }
        EmbeddedBroker broker = new EmbeddedBroker(
                new BrokerSettings(
                        host,
                        mqttPort,
                        webSocketPort,
                        Path.of(dataDir),
                        persistent,
                        0,
                        maxMessageBytes,
                        journalSync,
                        BrokerSettings.journalType(journalType)),
                io.objectbus.node.bridges.BrokerSecurityProperties.read(context),
                ClusterProperties.read(context, host));
        context.getRegistry().bind("broker", broker);
        BrokerService service = new BrokerService(broker);
        context.addService(service, true, true);
        service.startEarly(context);
        SiteLeaseService.register(context);
        context.addStartupListener(new NodeStartup());
    }

    @BindToRegistry("simulatedSite")
    public SimulatedSite simulatedSite() {
        return new SimulatedSite(floors, roomsPerFloor);
    }
}
