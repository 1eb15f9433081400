// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.dali;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.component.WriteClient;
import io.objectbus.component.dali.frame.DimmingCurve;
import io.objectbus.component.dali.sim.DaliServerSimulator;
import io.objectbus.component.dali.sim.SimulatedBus;
import io.objectbus.component.dali.sim.SimulatedGear;
import io.objectbus.node.NodeMain;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Groups carry values: a write to a group or a light shows on the group and its members as soon as its frame went
 * out, from the command alone (the adapter polls only once an hour here, so no poll can be what shows it). Two gear
 * in group 1 behind a simulated daliserver on loopback; A1's MAX LEVEL is 200, so RECALL MAX LEVEL differs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DaliGroupValuesTest {

    private static final String OB = "ob/v1/groups/";

    @TempDir
    static Path routes;

    private static final SimulatedBus BUS = new SimulatedBus(3);
    private static final SimulatedGear A0 =
            BUS.add(new SimulatedGear(0, 0x100).inGroups(1).withLevel(0).withScene(2, 170));
    private static final SimulatedGear A1 = BUS.add(new SimulatedGear(1, 0x200)
            .inGroups(1)
            .withLimits(1, 200)
            .withLevel(0)
            .withScene(2, 170));
    private static DaliServerSimulator gateway;
    private static Main main;
    private static String url;

    @BeforeAll
    static void startNodeAndGateway() throws Exception {
        gateway = new DaliServerSimulator(BUS, 0);
        Files.writeString(
                routes.resolve("dali-groups.camel.yaml"),
                """
                - route:
                    id: adapter-dali-groups
                    from:
                      uri: kamelet:dali-bus
                      parameters:
                        gateway: daliserver:127.0.0.1:%d
                        busId: dg
                        pollInterval: 3600
                        frameGap: 2
                      steps:
                        - log: "DALI ${body}"
                """
                        .formatted(gateway.port()));
        int port = FreePorts.next();
        url = "tcp://127.0.0.1:" + port;
        main = NodeMain.create(Map.ofEntries(
                Map.entry("objectbus.config", "file:../application.properties"),
                Map.entry("camel.component.objectbus.node-id", "groups"),
                Map.entry("objectbus.broker.mqtt-port", String.valueOf(port)),
                Map.entry("objectbus.broker.ws-port", "0"),
                Map.entry("objectbus.broker.data-dir", "target/test-data/dali-groups-" + System.nanoTime()),
                Map.entry("objectbus.sim.enabled", "false"),
                Map.entry("objectbus.bacnet.server.enabled", "false"),
                Map.entry("objectbus.routes.folders", routes.toString())));
        main.start();
        try (Paho5Probe probe = new Paho5Probe(url, "dg-ready")) {
            probe.subscribe(OB + "#", 0);
            awaitOn(probe, OB + "dg-g1/level", "\"v\":0.0");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        main.stop();
        gateway.close();
    }

    @Test
    @Order(1)
    void aGroupLevelWriteShowsOnTheGroupAndBothMembersAtOnce() throws Exception {
        try (Paho5Probe probe = new Paho5Probe(url, "dg-1");
                WriteClient writer = new WriteClient(url, "dg-w1")) {
            probe.subscribe(OB + "#", 0);
            assertApplied(writer.write(OB + "dg-g1/level/$set", "{\"v\":10,\"p\":8}"));
            // 10 % is arc level 170, 10.09 % on the curve, within both members' limits.
            awaitOn(probe, OB + "dg-a0/level", "\"v\":10.1");
            awaitOn(probe, OB + "dg-a1/level", "\"v\":10.1");
            awaitOn(probe, OB + "dg-g1/level", "\"v\":10.1");
            awaitOn(probe, OB + "dg-g1/on", "\"v\":true");
        }
    }

    @Test
    @Order(2)
    void aMembersOwnLevelMakesTheGroupMixedAndTheGroupsOnStaysTrue() throws Exception {
        try (Paho5Probe probe = new Paho5Probe(url, "dg-2");
                WriteClient writer = new WriteClient(url, "dg-w2")) {
            probe.subscribe(OB + "#", 0);
            assertApplied(writer.write(OB + "dg-a0/level/$set", "{\"v\":50,\"p\":8}"));
            awaitOn(probe, OB + "dg-a0/level", "\"v\":50.");
            awaitOn(probe, OB + "dg-g1/level", "\"v\":null");
            assertThat(probe.on(OB + "dg-g1/on")).noneMatch(r -> r.text().contains("\"v\":null"));
        }
    }

    @Test
    @Order(4)
    void recallMaxLevelGivesEachMemberItsOwnMaximumSoTheGroupLevelIsMixed() throws Exception {
        try (Paho5Probe probe = new Paho5Probe(url, "dg-3");
                WriteClient writer = new WriteClient(url, "dg-w3")) {
            probe.subscribe(OB + "#", 0);
            assertApplied(writer.write(OB + "dg-g1/on/$set", "{\"v\":true,\"p\":8}"));
            awaitOn(probe, OB + "dg-a0/level", "\"v\":100.0");
            awaitOn(probe, OB + "dg-a1/level", "\"v\":" + DimmingCurve.rounded(200) + ",");
            awaitOn(probe, OB + "dg-g1/level", "\"v\":null");
            awaitOn(probe, OB + "dg-g1/on", "\"v\":true");
            assertThat(A1.level()).isEqualTo(200);
        }
    }

    @Test
    @Order(3)
    void offToTheGroupTurnsTheGroupAndItsMembersOff() throws Exception {
        try (Paho5Probe probe = new Paho5Probe(url, "dg-4");
                WriteClient writer = new WriteClient(url, "dg-w4")) {
            probe.subscribe(OB + "#", 0);
            assertApplied(writer.write(OB + "dg-g1/on/$set", "{\"v\":false,\"p\":8}"));
            awaitOn(probe, OB + "dg-a0/on", "\"v\":false");
            awaitOn(probe, OB + "dg-a1/on", "\"v\":false");
            awaitOn(probe, OB + "dg-g1/on", "\"v\":false");
            awaitOn(probe, OB + "dg-g1/level", "\"v\":0.0");
        }
    }

    @Test
    @Order(5)
    void aSceneToTheGroupIsReadBackFromTheMembersForItsLevels() throws Exception {
        try (Paho5Probe probe = new Paho5Probe(url, "dg-5");
                WriteClient writer = new WriteClient(url, "dg-w5")) {
            probe.subscribe(OB + "#", 0);
            assertApplied(writer.write(OB + "dg-g1/scene/$set", "{\"v\":2,\"p\":8}"));
            awaitOn(probe, OB + "dg-a0/level", "\"v\":10.1");
            awaitOn(probe, OB + "dg-a1/level", "\"v\":10.1");
            awaitOn(probe, OB + "dg-g1/level", "\"v\":10.1");
        }
    }

    /** The last value on the topic (a retained one first, then live ones) comes to hold the text. */
    private static void awaitOn(Paho5Probe probe, String topic, String contains) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<Received> values = probe.on(topic);
            return !values.isEmpty() && values.get(values.size() - 1).text().contains(contains);
        });
    }

    private static void assertApplied(JsonNode reply) {
        assertThat(reply.get("status").asText()).as(reply.toString()).isEqualTo("applied");
    }
}
