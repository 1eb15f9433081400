// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bridges;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.bus.BusNode;
import io.objectbus.component.ObjectBusComponent;
import io.objectbus.link.TestCertificates;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.Sample;
import io.objectbus.node.NodeMain;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes as the launcher runs them, linked by the router example of routes/bridges over TLS with users from
 * application.properties keys; node A also bridges to a "cloud" (B's broker) with the telemetry example.
 */
class RouterNodeTest {

    @TempDir
    static Path dir;

    private static TestCertificates.Stores certs;
    private static int aTls;
    private static int bTls;
    private static int bMqtt;
    private static Main a;
    private static Main b;

    @BeforeAll
    static void startNodes() throws Exception {
        certs = TestCertificates.create(dir.resolve("certs"));
        int aMqtt = FreePorts.next();
        bMqtt = FreePorts.next();
        aTls = FreePorts.next();
        bTls = FreePorts.next();
        Path aRoutes = routes("node-a", router("node-b", bTls, "node-a"), cloud(bMqtt));
        Path bRoutes = routes("node-b", router("node-a", aTls, "node-b"));
        a = node("node-a", aMqtt, aTls, "node-b:pw-of-node-b", aRoutes);
        b = node("node-b", bMqtt, bTls, "node-a:pw-of-node-a,building-7:pw-of-cloud", bRoutes);
        a.start();
        b.start();
        bus(a).describe(room());
    }

    @AfterAll
    static void stopNodes() {
        a.stop();
        b.stop();
    }

    @Test
    void theObjectsOfOneNodeAppearOnTheOtherThroughTheExampleRouter() throws Exception {
        try (Paho5Probe onB = new Paho5Probe("tcp://127.0.0.1:" + bMqtt, "watch-b")) {
            onB.subscribe("ob/v1/node-a/#", 1);
            onB.awaitOn("ob/v1/node-a/hall/$info");
            bus(a).report("hall", "temperature", Sample.good(19.25, Instant.now()));
            onB.awaitOn("ob/v1/node-a/hall/temperature", "19.25");
        }
    }

    @Test
    void theNodeDescriptorListsItsLinksAndTheirState() throws Exception {
        try (Paho5Probe onB = new Paho5Probe("tcp://127.0.0.1:" + bMqtt, "info-b")) {
            onB.subscribe("ob/v1/node-a/$info", 1);
            onB.await(r -> r.text().contains("\"id\":\"node-b\"") && r.text().contains("\"state\":\"up\""));
        }
        assertThat(a.getCamelContext().getRoute("router-node-b")).isNotNull();
        assertThat(a.getCamelContext().getRoute("bridge-cloud")).isNotNull();
    }

    @Test
    void theCloudBridgeExamplePublishesTelemetry() throws Exception {
        try (Paho5Probe cloud = new Paho5Probe("tcp://127.0.0.1:" + bMqtt, "cloud")) {
            cloud.subscribe("building-7/#", 1);
            bus(a).report("hall", "temperature", Sample.good(20.5, Instant.now()));
            cloud.awaitOn("building-7/hall/temperature", "\"value\":20.5");
        }
    }

    private static Path routes(String node, String... files) throws Exception {
        Path bridges = Files.createDirectories(dir.resolve(node).resolve("bridges"));
        for (int i = 0; i < files.length; i++) {
            Files.writeString(bridges.resolve("link-" + i + ".camel.yaml"), files[i]);
        }
        return bridges;
    }

    /** The router example, pointed at the other node's TLS listener on loopback. */
    private static String router(String remote, int port, String self) throws Exception {
        String yaml = Files.readString(Path.of("bridges/router-example.camel.yaml.disabled"))
                .replace("routeId: router-node-b", "routeId: router-" + remote);
        yaml = parameter(yaml, "name", remote);
        yaml = parameter(yaml, "remoteNode", remote);
        yaml = parameter(yaml, "url", "ssl://127.0.0.1:" + port);
        yaml = parameter(yaml, "username", self);
        yaml = parameter(yaml, "password", "\"{{test.router-password}}\"");
        yaml = parameter(yaml, "trustStore", certs.siteCa().toString());
        return parameter(yaml, "trustStorePassword", TestCertificates.PASSWORD);
    }

    /** The example with one template parameter set otherwise. */
    private static String parameter(String yaml, String name, String value) {
        java.util.regex.Matcher parameter = java.util.regex.Pattern.compile(
                        "(- name: " + name + "\\n\\s+value: )[^\\n]*")
                .matcher(yaml);
        assertThat(parameter.find()).as("parameter " + name).isTrue();
        return parameter.replaceFirst("$1" + java.util.regex.Matcher.quoteReplacement(value));
    }

    /** The telemetry example, with the other node's plain listener standing for the cloud. */
    private static String cloud(int port) throws Exception {
        String yaml = Files.readString(Path.of("bridges/cloud-telemetry-example.camel.yaml.disabled"));
        yaml = parameter(yaml, "url", "tcp://127.0.0.1:" + port);
        return parameter(yaml, "password", "pw-of-cloud");
    }

    private static Main node(String id, int mqtt, int tls, String users, Path bridges) {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("objectbus.config", "file:../application.properties");
        overrides.put("camel.component.objectbus.node-id", id);
        overrides.put("objectbus.broker.mqtt-port", String.valueOf(mqtt));
        overrides.put("objectbus.broker.ws-port", "0");
        overrides.put("objectbus.broker.data-dir", "target/test-data/" + id + "-" + System.nanoTime());
        overrides.put("objectbus.broker.tls-port", String.valueOf(tls));
        overrides.put("objectbus.broker.keystore", certs.broker().toString());
        overrides.put("objectbus.broker.keystore-password", TestCertificates.PASSWORD);
        overrides.put("objectbus.broker.users", users);
        overrides.put("objectbus.sim.enabled", "false");
        overrides.put("objectbus.routes.folders", bridges.toString());
        overrides.put("camel.main.routes-reload-directory", bridges.toString());
        overrides.put("test.router-password", "pw-of-" + id);
        return NodeMain.create(overrides);
    }

    private static BusNode bus(Main node) {
        return node.getCamelContext()
                .getComponent("objectbus", ObjectBusComponent.class)
                .getBus();
    }

    private static ObjectDescriptor room() {
        return new ObjectDescriptor(
                "hall",
                "Hall",
                "room",
                "sim",
                "sim:hall",
                "floor-0",
                List.of("hvac"),
                Map.of("temperature", ResourceDescriptor.number("Cel")),
                0);
    }
}
