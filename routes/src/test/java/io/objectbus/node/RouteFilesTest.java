// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.component.enocean.sim.DefaultSite;
import io.objectbus.component.enocean.sim.GatewaySimulator;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.LogCapture;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.ServiceStatus;
import org.apache.camel.main.Main;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The route folders of a running node, as users edit them: every kind of route file loads, changes and goes away on
 * its own, a broken one is reported and blocks no other, and what a route described lives and dies with it.
 */
class RouteFilesTest {

    @TempDir
    static Path adapters;

    private static GatewaySimulator gateway;
    private static Main main;
    private static String url;

    @BeforeAll
    static void startNode() throws Exception {
        gateway = DefaultSite.start(0, 300);
        Files.writeString(adapters.resolve("enocean.camel.yaml"), RouteFiles.enocean(gateway.port()));
        Files.writeString(adapters.resolve("broken.camel.yaml"), RouteFiles.BROKEN);
        Files.writeString(adapters.resolve("outdoor.camel.yaml"), RouteFiles.outdoor("adapter-test-outdoor", 7.5));
        int port = FreePorts.next();
        url = "tcp://127.0.0.1:" + port;
        main = NodeMain.create(RouteFiles.node("files", port, adapters, "target/test-data/files-" + System.nanoTime()));
        main.start();
    }

    @AfterAll
    static void stopNode() {
        main.stop();
        gateway.close();
    }

    @Test
    void anEnoceanAdapterFileLoadedAtStartAndDeletedClosesTheGatewayAndTakesItsObjectsOffTheBus() throws Exception {
        try (Paho5Probe probe = new Paho5Probe(url, "enocean-files")) {
            probe.subscribe("ob/v1/files/+/$info", 1);
            probe.awaitOn("ob/v1/files/enocean-01810002/$info", "Simulated climate sensor");
            probe.awaitOn("ob/v1/files/enocean-files-gateway-connection/$info", "\"type\":\"connection\"");
            await().until(() -> gateway.clients() == 1);
            assertThat(main.getCamelContext().getRoutes())
                    .extracting(org.apache.camel.Route::getRouteId)
                    .anyMatch(id -> id.startsWith("enocean-write"));

            Files.delete(adapters.resolve("enocean.camel.yaml"));
            await().until(() -> gateway.clients() == 0);
            emptied(probe, "enocean-01810002");
            emptied(probe, "enocean-files-gateway");
            emptied(probe, "enocean-files-gateway-connection");
        }
        // The objects go while the routes stop; the routes leave the context right after: the adapter's, its
        // kamelet's and its write route.
        await().until(() -> main.getCamelContext().getRoute("adapter-enocean-files") == null);
        await().until(() -> main.getCamelContext().getRoutes().stream()
                .map(org.apache.camel.Route::getRouteId)
                .noneMatch(id -> id.startsWith("enocean-")));
    }

    @Test
    void aBrokenFileIsReportedWithItsLineAndAnotherFileStillReloads() throws Exception {
        Path good = adapters.resolve("good.camel.yaml");
        try (Paho5Probe probe = new Paho5Probe(url, "broken-files")) {
            probe.subscribe("ob/v1/files/$errors", 1);
            probe.subscribe("ob/v1/files/beside/temperature", 0);
            Files.writeString(good, RouteFiles.outdoor("adapter-test-beside", "beside", 1.5));
            probe.awaitOn("ob/v1/files/beside/temperature", "\"v\":1.5");

            Files.writeString(adapters.resolve("broken.camel.yaml"), RouteFiles.BROKEN + "\n");
            Received error = probe.awaitOn("ob/v1/files/$errors", "broken.camel.yaml");
            assertThat(error.text())
                    .contains("line 6, column 11")
                    .contains("tooo")
                    .contains("not loaded");

            Files.writeString(good, RouteFiles.outdoor("adapter-test-beside", "beside", 2.5));
            probe.awaitOn("ob/v1/files/beside/temperature", "\"v\":2.5");
        }
    }

    @Test
    void aOncePerSiteFileOnANodeThatIsNotAClusterMemberRunsAsAnyOther() throws Exception {
        Path file = adapters.resolve("lone-once-per-site.camel.yaml");
        try (Paho5Probe probe = new Paho5Probe(url, "once-files")) {
            probe.subscribe("ob/v1/files/lone/temperature", 0);
            Files.writeString(file, RouteFiles.outdoor("adapter-test-lone", "lone", 3.5));
            probe.awaitOn("ob/v1/files/lone/temperature", "\"v\":3.5");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aBrokenFileSavedAgainWithTheSameTextIsReportedAgain() throws Exception {
        Path file = adapters.resolve("resaved.camel.yaml");
        try (Paho5Probe probe = new Paho5Probe(url, "resaved-files")) {
            probe.subscribe("ob/v1/files/$errors", 1);
            Files.writeString(file, RouteFiles.BROKEN);
            probe.awaitOn("ob/v1/files/$errors", "resaved.camel.yaml");
            long reported = reportsOf(probe, "resaved.camel.yaml");

            Files.writeString(file, RouteFiles.BROKEN);
            await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> reportsOf(probe, "resaved.camel.yaml") > reported);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void anEditThatBreaksAFileKeepsItsPreviousVersionRunningUntilItIsFixed() throws Exception {
        Path file = adapters.resolve("edited.camel.yaml");
        try (Paho5Probe probe = new Paho5Probe(url, "edited-files")) {
            probe.subscribe("ob/v1/files/$errors", 1);
            probe.subscribe("ob/v1/files/edited/temperature", 0);
            probe.subscribe("ob/v1/files/edited/$info", 1);
            Files.writeString(file, RouteFiles.outdoor("adapter-test-edited", "edited", 3.5));
            probe.awaitOn("ob/v1/files/edited/temperature", "\"v\":3.5");

            Files.writeString(
                    file,
                    RouteFiles.outdoor("adapter-test-edited", "edited", 4.5).replace("to:", "tu:"));
            assertThat(probe.awaitOn("ob/v1/files/$errors", "edited.camel.yaml").text())
                    .contains("line 10, column 11")
                    .contains("previous version keeps running");
            assertThat(main.getCamelContext().getRouteController().getRouteStatus("adapter-test-edited"))
                    .isEqualTo(ServiceStatus.Started);

            probe.clear();
            String unmakeable = RouteFiles.outdoor("adapter-test-edited", "edited", 4.5);
            Files.writeString(file, unmakeable.replace("uri: timer:", "uri: nosuch:"));
            assertThat(probe.awaitOn("ob/v1/files/$errors", "edited.camel.yaml").text())
                    .contains("line 1, route adapter-test-edited")
                    .contains("nosuch")
                    .contains("previous version keeps running");
            // Found before the previous version stopped: it ran on untouched, its object never left the bus.
            assertThat(main.getCamelContext().getRouteController().getRouteStatus("adapter-test-edited"))
                    .isEqualTo(ServiceStatus.Started);
            assertThat(probe.on("ob/v1/files/edited/$info")).noneMatch(r -> r.payload().length == 0);

            // The running text saved back over the broken one: said in the log, nothing made again.
            try (LogCapture log = LogCapture.attach(Level.INFO)) {
                Files.writeString(file, RouteFiles.outdoor("adapter-test-edited", "edited", 3.5));
                await().until(() -> log.contains("edited.camel.yaml", "back to its running version"));
            }

            Files.writeString(file, RouteFiles.outdoor("adapter-test-edited", "edited", 4.5));
            probe.awaitOn("ob/v1/files/edited/temperature", "\"v\":4.5");
        }
    }

    @Test
    void anEditThatLeavesOutAKameletParameterIsRefusedWhileItsObjectsStayOnline() throws Exception {
        Path file = adapters.resolve("kept.camel.yaml");
        try (GatewaySimulator site = DefaultSite.start(0, 300);
                Paho5Probe probe = new Paho5Probe(url, "kept-files")) {
            // One subscription, so that what the node publishes arrives in the order it was published.
            probe.subscribe("ob/v1/files/#", 1);
            Files.writeString(file, kept("gateway: \"tcp:127.0.0.1:" + site.port() + "\""));
            probe.awaitOn("ob/v1/files/kept-gateway-connection/state", "up");
            probe.awaitOn("ob/v1/files/enocean-01810099/$info", "Kept sensor");

            Files.writeString(file, kept("learnModeTimeout: 60"));
            assertThat(probe.awaitOn("ob/v1/files/$errors", "kept.camel.yaml").text())
                    .contains("line 1, route adapter-test-kept")
                    .contains("enocean-gateway")
                    .contains("previous version keeps running");
            assertThat(probe.received())
                    .as("neither object left the bus or turned stale")
                    .noneMatch(r -> (r.topic().contains("/enocean-01810099/")
                                    || r.topic().contains("/kept-gateway-"))
                            && (r.payload().length == 0 || r.text().contains("\"q\":\"stale\"")));
            assertThat(main.getCamelContext().getRouteController().getRouteStatus("adapter-test-kept"))
                    .isEqualTo(ServiceStatus.Started);
        } finally {
            Files.delete(file);
        }
    }

    private static String kept(String gatewayLine) {
        return """
                - route:
                    id: adapter-test-kept
                    from:
                      uri: kamelet:enocean-gateway
                      parameters:
                        %s
                        gatewayId: kept-gateway
                        devices: "01810099, A5-04-01, name=Kept sensor"
                      steps:
                        - log: "EnOcean ${body}"
                """
                .formatted(gatewayLine);
    }

    @Test
    void anAdapterRouteThatFailsTurnsItsObjectsStale() throws Exception {
        try (Paho5Probe probe = new Paho5Probe(url, "failing-files")) {
            probe.subscribe("ob/v1/files/pump/flow", 0);
            Files.writeString(adapters.resolve("pump.camel.yaml"), RouteFiles.FAILING_PUMP);
            probe.awaitOn("ob/v1/files/pump/flow", "\"q\":\"good\"");
            Received stale = probe.awaitOn("ob/v1/files/pump/flow", "\"q\":\"stale\"");
            assertThat(stale.text()).contains("pump does not answer").contains("\"v\":1.5");
        }
    }

    @Test
    void aFileWhoseRouteIdIsAnotherFilesIsRefusedAndTheOtherRouteRuns() throws Exception {
        try (Paho5Probe probe = new Paho5Probe(url, "clash-files")) {
            probe.subscribe("ob/v1/files/$errors", 1);
            Files.writeString(
                    adapters.resolve("copy.camel.yaml"), RouteFiles.outdoor("adapter-test-outdoor", "copy", 1));
            probe.awaitOn("ob/v1/files/$errors", "route id adapter-test-outdoor is already a route of the file");
        }
        assertThat(main.getCamelContext().getRoute("adapter-test-outdoor").getSourceLocation())
                .contains("outdoor.camel.yaml");
    }

    @Test
    void aPlainRouteFileDeletedStopsItsRouteAndItsObjectLeavesTheBusAndStaysGoneAfterARestart(@TempDir Path folder)
            throws Exception {
        Files.writeString(folder.resolve("outdoor.camel.yaml"), RouteFiles.outdoor("adapter-demo-outdoor", 7.5));
        int port = FreePorts.next();
        Map<String, String> settings =
                RouteFiles.node("files", port, folder, "target/test-data/plain-" + System.nanoTime());
        Main plain = NodeMain.create(settings);
        plain.start();
        try (Paho5Probe probe = new Paho5Probe("tcp://127.0.0.1:" + port, "plain-files")) {
            probe.subscribe("ob/v1/files/outdoor/#", 1);
            probe.awaitOn("ob/v1/files/outdoor/temperature", "\"q\":\"good\"");
            Files.delete(folder.resolve("outdoor.camel.yaml"));
            emptied(probe, "outdoor");
            // The object leaves as the route stops; the route is removed just after.
            await().until(() -> plain.getCamelContext().getRoute("adapter-demo-outdoor") == null);
            assertThat(discovered(probe)).doesNotContain("outdoor");
        } finally {
            plain.stop();
        }
        Main again = NodeMain.create(settings);
        again.start();
        try (Paho5Probe probe = new Paho5Probe("tcp://127.0.0.1:" + port, "plain-again")) {
            assertThat(discovered(probe)).doesNotContain("outdoor");
        } finally {
            again.stop();
        }
    }

    /** The ids of the objects node files lists on discovery. */
    static java.util.List<String> discovered(Paho5Probe probe) throws Exception {
        String replies = "replies/" + System.nanoTime();
        probe.subscribe(replies, 1);
        probe.request("ob/v1/files/$discover", "{\"object\":\"*\"}", replies, "d");
        java.util.List<String> ids = new java.util.ArrayList<>();
        io.objectbus.bus.Json.parse(probe.awaitOn(replies).payload())
                .get("objects")
                .forEach(o -> ids.add(o.get("id").asText()));
        return ids;
    }

    private static long reportsOf(Paho5Probe probe, String file) {
        return probe.received().stream().filter(r -> r.text().contains(file)).count();
    }

    static void emptied(Paho5Probe probe, String object) {
        probe.await(r -> r.topic().equals("ob/v1/files/" + object + "/$info") && r.payload().length == 0);
    }
}
