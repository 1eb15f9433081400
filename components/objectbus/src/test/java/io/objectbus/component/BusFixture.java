// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import io.objectbus.broker.BrokerSettings;
import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.bus.BusNode;
import io.objectbus.testing.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/** A node in the test JVM: embedded broker on a free loopback port, data under target/, and a Camel context. */
public final class BusFixture implements AutoCloseable {

    public final String node;
    public final BrokerSettings brokerSettings;
    private final Consumer<ObjectBusComponent> configure;
    public EmbeddedBroker broker;
    public CamelContext camel;

    private BusFixture(String node, BrokerSettings brokerSettings, Consumer<ObjectBusComponent> configure) {
        this.node = node;
        this.brokerSettings = brokerSettings;
        this.configure = configure;
    }

    public static BusFixture start(String node, Consumer<ObjectBusComponent> configure, RoutesBuilder... routes)
            throws Exception {
        Path data = Files.createDirectories(Path.of("target", "test-data")).resolve(node + "-" + System.nanoTime());
        BrokerSettings settings =
                BrokerSettings.loopback(FreePorts.next(), data).withWebSocketPort(FreePorts.next());
        BusFixture fixture = new BusFixture(node, settings, configure);
        fixture.startNode(routes);
        return fixture;
    }

    public void startNode(RoutesBuilder... routes) throws Exception {
        broker = new EmbeddedBroker(brokerSettings);
        broker.start();
        camel = new DefaultCamelContext();
        ObjectBusComponent component = new ObjectBusComponent();
        component.setBroker(broker);
        component.setNodeId(node);
        component.setSweepInterval(50);
        configure.accept(component);
        camel.addComponent("objectbus", component);
        for (RoutesBuilder route : routes) {
            camel.addRoutes(route);
        }
        camel.start();
        // The bus starts with the component, which Camel starts lazily: make sure it runs even without routes.
        component.start();
    }

    public void stopNode() throws Exception {
        camel.stop();
        broker.stop();
    }

    public String url() {
        return brokerSettings.mqttUrl();
    }

    public BusNode bus() {
        return ((ObjectBusComponent) camel.getComponent("objectbus")).getBus();
    }

    public String topic(String rest) {
        return "ob/v1/" + node + "/" + rest;
    }

    @Override
    public void close() throws Exception {
        stopNode();
    }
}
