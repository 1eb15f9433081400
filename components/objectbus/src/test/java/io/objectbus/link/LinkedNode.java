// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import io.objectbus.broker.BrokerSecurity;
import io.objectbus.broker.BrokerSettings;
import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.bus.BusNode;
import io.objectbus.component.ObjectBusComponent;
import io.objectbus.testing.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A node of a test network: its own embedded broker on free loopback ports, its data under target/ (kept across a
 * restart), and a Camel context with the bus and its routers.
 */
final class LinkedNode implements AutoCloseable {

    final String id;
    private final BrokerSettings settings;
    private final List<RoutesBuilder> routes = new ArrayList<>();
    private BrokerSecurity security = BrokerSecurity.none();
    private io.objectbus.broker.ClusterSettings cluster = io.objectbus.broker.ClusterSettings.none();
    EmbeddedBroker broker;
    CamelContext camel;

    private LinkedNode(String id, BrokerSettings settings) {
        this.id = id;
        this.settings = settings;
    }

    static LinkedNode create(String id) throws Exception {
        Path data = Files.createDirectories(Path.of("target", "test-data")).resolve(id + "-" + System.nanoTime());
        return new LinkedNode(id, BrokerSettings.loopback(FreePorts.next(), data));
    }

    LinkedNode secured(BrokerSecurity security) {
        this.security = security;
        return this;
    }

    /** A member of a cluster of brokers instead of a broker alone. */
    LinkedNode clustered(io.objectbus.broker.ClusterSettings cluster) {
        this.cluster = cluster;
        return this;
    }

    LinkedNode with(RoutesBuilder route) {
        routes.add(route);
        return this;
    }

    /** A router to the other node over plain MQTT, with quick reconnects for tests. */
    LinkedNode routerTo(LinkedNode other, String options) {
        return routerTo(other, other.url(), options);
    }

    /** A router to the other node at that URL (a proxy in front of its broker). */
    LinkedNode routerTo(LinkedNode other, String url, String options) {
        String uri = "oblink:to-" + other.id + "?remoteNode=" + other.id + "&url=RAW(" + url + ")"
                + "&reconnectDelay=100&reconnectMaxDelay=400&keepAlive=2000" + options;
        return with(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("router-" + other.id).to("objectbus:forward");
            }
        });
    }

    LinkedNode start() throws Exception {
        startBroker();
        return startRoutes();
    }

    /** The broker alone, so that a test client can subscribe before the routers run. */
    LinkedNode startBroker() throws Exception {
        broker = new EmbeddedBroker(settings, security, cluster);
        broker.start();
        return this;
    }

    LinkedNode startRoutes() throws Exception {
        camel = new DefaultCamelContext();
        ObjectBusComponent component = new ObjectBusComponent();
        component.setBroker(broker);
        component.setNodeId(id);
        component.setSweepInterval(50);
        camel.addComponent("objectbus", component);
        for (RoutesBuilder route : routes) {
            camel.addRoutes(route);
        }
        camel.start();
        component.start();
        return this;
    }

    void stop() throws Exception {
        camel.stop();
        broker.stop();
    }

    void restart() throws Exception {
        stop();
        start();
    }

    boolean running() {
        return broker != null && broker.isStarted();
    }

    /** The state and counters of this node's router to the other node. */
    io.objectbus.link.internal.LinkStatus link(LinkedNode other) {
        return ((LinkConsumer) camel.getRoute("router-" + other.id).getConsumer()).status();
    }

    BusNode bus() {
        return camel.getComponent("objectbus", ObjectBusComponent.class).getBus();
    }

    String url() {
        return settings.mqttUrl();
    }

    int port() {
        return settings.mqttPort();
    }

    String topic(String rest) {
        return "ob/v1/" + id + "/" + rest;
    }

    @Override
    public void close() throws Exception {
        if (running()) {
            stop();
        }
    }
}
