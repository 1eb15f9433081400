// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node as the launcher runs it: application.properties, the simulator routes, and drop-in YAML adapters. */
class NodeApplicationTest {

    @TempDir
    static Path routes;

    private static Main main;
    private static int port;

    @BeforeAll
    static void startNode() throws Exception {
        Files.createDirectories(routes.resolve("simulator"));
        Files.createDirectories(routes.resolve("adapters"));
        Files.copy(Path.of("simulator/sim-values.camel.yaml"), routes.resolve("simulator/sim-values.camel.yaml"));
        Files.copy(Path.of("simulator/sim-writes.camel.yaml"), routes.resolve("simulator/sim-writes.camel.yaml"));
        Files.writeString(routes.resolve("adapters/broken-at-start.camel.yaml"), "- route: [unclosed");
        port = FreePorts.next();
        main = NodeMain.create(Map.of(
                "objectbus.config",
                "file:../application.properties",
                "objectbus.broker.mqtt-port",
                String.valueOf(port),
                "objectbus.broker.ws-port",
                String.valueOf(FreePorts.next()),
                "objectbus.broker.data-dir",
                "target/test-data/node-" + System.nanoTime(),
                "objectbus.sim.period",
                "300",
                "objectbus.sim.bacnet.port",
                "0",
                "objectbus.routes.folders",
                routes.resolve("simulator") + "," + routes.resolve("adapters")));
        main.start();
    }

    @AfterAll
    static void stopNode() {
        main.stop();
    }

    @Test
    void theSimulatedSiteIsOnTheBusWithTenRoomsAndLiveValues() throws Exception {
        try (Paho5Probe client = new Paho5Probe(url(), "site-watcher")) {
            client.subscribe("ob/v1/#", 0);
            client.awaitOn("ob/v1/node1/$state", "\"online\":true");
            await().until(() -> client.received().stream()
                            .filter(r -> r.topic().matches("ob/v1/node1/room-\\d-\\d\\d/\\$info"))
                            .map(Received::topic)
                            .distinct()
                            .count()
                    == 10);
            Received temperature = client.awaitOn("ob/v1/node1/room-2-05/temperature", "\"u\":\"Cel\"");
            assertThat(temperature.text()).contains("\"q\":\"good\"");
            client.awaitOn("ob/v1/node1/room-1-01/co2", "\"u\":\"ppm\"");
            client.awaitOn("ob/v1/node1/room-1-01/light-level", "\"u\":\"lx\"");
        }
    }

    @Test
    void aSetpointWrittenOnTheBusIsAppliedBySimulatorAndPublished() throws Exception {
        awaitRoomsDescribed();
        try (Paho5Probe client = new Paho5Probe(url(), "sim-writer")) {
            client.subscribe("me/replies", 1);
            client.subscribe("ob/v1/node1/room-1-03/setpoint", 0);
            client.request("ob/v1/node1/room-1-03/setpoint/$set", "{\"v\":24.5,\"p\":8}", "me/replies", "w");
            client.awaitOn("me/replies", "\"applied\"");
            client.awaitOn("ob/v1/node1/room-1-03/setpoint", "\"v\":24.5");
        }
    }

    @Test
    void aYamlAdapterDroppedIntoRoutesStartsWhileTheNodeRuns() throws Exception {
        Path file = routes.resolve("adapters/outdoor.camel.yaml");
        Files.writeString(file, outdoorAdapter(7.5));
        try (Paho5Probe client = new Paho5Probe(url(), "drop-in")) {
            client.subscribe("ob/v1/node1/outdoor/temperature", 0);
            client.awaitOn("ob/v1/node1/outdoor/temperature", "\"v\":7.5");
            Files.writeString(file, outdoorAdapter(9.25));
            client.await(r -> r.text().contains("\"v\":9.25"), Duration.ofSeconds(20));
        }
    }

    @Test
    void theReadmeExampleRunsAsWritten() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = readme.substring(start, readme.indexOf("```", start));
        Files.writeString(routes.resolve("adapters/readme.camel.yaml"), yaml);
        try (Paho5Probe client = new Paho5Probe(url(), "readme")) {
            client.subscribe("ob/v1/node1/outdoor/#", 0);
            client.awaitOn("ob/v1/node1/outdoor/$info");
            client.awaitOn("ob/v1/node1/outdoor/temperature", "\"u\":\"Cel\"");
        }
    }

    @Test
    void aBrokenYamlFileLeavesTheOtherRoutesRunning() throws Exception {
        awaitRoomsDescribed();
        Files.writeString(
                routes.resolve("adapters/broken.camel.yaml"), "- route:\n    id: adapter-broken\n  from: [oops");
        try (Paho5Probe client = new Paho5Probe(url(), "after-broken")) {
            client.subscribe("ob/v1/node1/+/temperature", 0);
            long before = client.received().size();
            await().until(() -> client.received().size() > before + 10);
        }
        assertThat(context().getRouteController().getRouteStatus("adapter-sim-values"))
                .isEqualTo(ServiceStatus.Started);
        assertThat(context().getRoute("adapter-broken")).isNull();
    }

    @Test
    void aBrokenFileAtStartIsSkippedAndTheNodeRuns() {
        assertThat(context().getRouteController().getRouteStatus("adapter-sim-writes"))
                .isEqualTo(ServiceStatus.Started);
        assertThat(context().getRoutes()).extracting(Route::getRouteId).doesNotContain("route1");
    }

    @Test
    void withoutTheSimulatedSiteTheSimulatorFolderIsNotLoaded() throws Exception {
        Main plain = NodeMain.create(Map.of(
                "objectbus.config", "file:../application.properties",
                "objectbus.broker.mqtt-port", String.valueOf(FreePorts.next()),
                "objectbus.broker.ws-port", "0",
                "objectbus.broker.data-dir", "target/test-data/plain-" + System.nanoTime(),
                "camel.component.objectbus.node-id", "plain",
                "objectbus.sim.enabled", "false",
                "objectbus.routes.folders", routes.resolve("simulator") + "," + routes.resolve("adapters"),
                "objectbus.routes.reload", "false"));
        plain.start();
        try {
            assertThat(plain.getCamelContext().getRoute("adapter-sim-values")).isNull();
            assertThat(plain.getCamelContext().getRoute("adapter-sim-writes")).isNull();
        } finally {
            plain.stop();
        }
    }

    @Test
    void everyRouteHasAnExplicitKebabCaseId() {
        for (Route route : context().getRoutes()) {
            assertThat(route.getRouteId()).matches("[a-z]+(-[a-z0-9]+)+").doesNotMatch("route\\d+");
        }
    }

    private static String outdoorAdapter(double value) {
        return """
                - route:
                    id: adapter-test-outdoor
                    from:
                      uri: timer:outdoor
                      parameters:
                        period: 200
                      steps:
                        - setBody:
                            constant: '{"id":"outdoor","name":"Outdoor","type":"weather","protocol":"test","resources":{"temperature":{"type":"number","unit":"Cel"}}}'
                        - to: objectbus:describe
                        - setBody:
                            constant: '{"temperature": %s}'
                        - to: objectbus:publish?object=outdoor
                """
                .formatted(value);
    }

    private static void awaitRoomsDescribed() {
        await().until(() -> context().getRegistry().lookupByNameAndType("simulatedSite", Object.class) != null);
        try (Paho5Probe client = new Paho5Probe(url(), "rooms-" + System.nanoTime())) {
            client.subscribe("ob/v1/node1/room-2-05/$info", 0);
            client.awaitOn("ob/v1/node1/room-2-05/$info");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static CamelContext context() {
        return main.getCamelContext();
    }

    private static String url() {
        return "tcp://127.0.0.1:" + port;
    }
}
