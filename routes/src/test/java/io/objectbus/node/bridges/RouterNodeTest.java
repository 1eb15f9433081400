// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bridges;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.bus.BusNode;
import io.objectbus.component.ObjectBusComponent;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.Sample;
import io.objectbus.node.NodeMain;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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

    private static RouterTestFiles files;
    private static int aTls;
    private static int bTls;
    private static int bMqtt;
    private static Main a;
    private static Main b;

    @BeforeAll
    static void startNodes() throws Exception {
        files = new RouterTestFiles(dir);
        int aMqtt = FreePorts.next();
        bMqtt = FreePorts.next();
        aTls = FreePorts.next();
        bTls = FreePorts.next();
        Path aRoutes = files.routes("node-a", files.router("node-b", bTls, "node-a"), cloud(bMqtt));
        Path bRoutes = files.routes("node-b", files.router("node-a", aTls, "node-b"));
        a = node("node-a", aMqtt, aTls, "node-b:" + RouterTestFiles.password("node-b"), aRoutes);
        b = node(
                "node-b",
                bMqtt,
                bTls,
                "node-a:" + RouterTestFiles.password("node-a") + ",building-7:" + RouterTestFiles.password("cloud"),
                bRoutes);
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

    private static Main node(String id, int mqtt, int tls, String users, Path bridges) {
        Map<String, String> overrides = files.node(
                id, mqtt, tls, users, bridges.toString(), Path.of("target/test-data/" + id + "-" + System.nanoTime()));
        return NodeMain.create(overrides);
    }

    /** The telemetry example, with the other node's plain listener standing for the cloud. */
    private static String cloud(int port) throws Exception {
        String yaml = Files.readString(Path.of("bridges/cloud-telemetry-example.camel.yaml.disabled"));
        yaml = RouterTestFiles.parameter(yaml, "url", "tcp://127.0.0.1:" + port);
        return RouterTestFiles.parameter(yaml, "password", "\"RAW(" + RouterTestFiles.password("cloud") + ")\"");
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
