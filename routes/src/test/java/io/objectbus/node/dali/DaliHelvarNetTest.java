// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.dali;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.component.WriteClient;
import io.objectbus.component.dali.frame.DimmingCurve;
import io.objectbus.component.dali.sim.HelvarNetRouter;
import io.objectbus.node.NodeMain;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DALI bus through a Helvar router: the dali-bus kamelet with a helvarnet gateway discovers the router's devices
 * 1.2.1.1 and 1.2.1.2 as lights A0 and A1 (104 Query Device Type), reads their levels (152 Query Load Level), and a
 * light's level write is 14 Direct Level (Device), its scene 12 Recall Scene (Device).
 */
class DaliHelvarNetTest {

    private static final String OB = "ob/v1/helvar/";

    @TempDir
    static Path routes;

    private static HelvarNetRouter router;
    private static Main main;
    private static String url;

    @BeforeAll
    static void startNodeAndRouter() throws Exception {
        ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        router = new HelvarNetRouter(server).withDevice("@1.2.1.1", 1).withDevice("@1.2.1.2", 1);
        router.scene(3, "@1.2.1.2", 30);
        Files.writeString(
                routes.resolve("dali-helvar.camel.yaml"),
                """
                - route:
                    id: adapter-dali-helvar
                    from:
                      uri: kamelet:dali-bus
                      parameters:
                        gateway: helvarnet:127.0.0.1:%d
                        helvarnetSubnet: "1.2.1"
                        busId: dh
                        frameGap: 2
                      steps:
                        - log: "DALI ${body}"
                """
                        .formatted(server.getLocalPort()));
        int port = FreePorts.next();
        url = "tcp://127.0.0.1:" + port;
        main = NodeMain.create(Map.ofEntries(
                Map.entry("objectbus.config", "file:../application.properties"),
                Map.entry("camel.component.objectbus.node-id", "helvar"),
                Map.entry("objectbus.broker.mqtt-port", String.valueOf(port)),
                Map.entry("objectbus.broker.ws-port", "0"),
                Map.entry("objectbus.broker.data-dir", "target/test-data/dali-helvar-" + System.nanoTime()),
                Map.entry("objectbus.sim.enabled", "false"),
                Map.entry("objectbus.bacnet.server.enabled", "false"),
                Map.entry("objectbus.routes.folders", routes.toString())));
        main.start();
    }

    @AfterAll
    static void stop() throws Exception {
        main.stop();
        router.close();
    }

    @Test
    void theRoutersDevicesBecomeLightsAndALevelAndASceneReachThem() throws Exception {
        try (Paho5Probe probe = new Paho5Probe(url, "dh-probe");
                WriteClient writer = new WriteClient(url, "dh-writer")) {
            probe.subscribe(OB + "#", 0);
            probe.await(
                    r -> r.topic().equals(OB + "dh-a1/$info") && r.text().contains("\"type\":\"light\""),
                    Duration.ofSeconds(30));
            probe.await(
                    r -> r.topic().equals(OB + "dh-a0/level") && r.text().contains("\"v\":0.0"),
                    Duration.ofSeconds(30));
            JsonNode reply = writer.write(OB + "dh-a0/level/$set", "{\"v\":50,\"p\":8}");
            assertThat(reply.get("status").asText()).as(reply.toString()).isEqualTo("applied");
            await().atMost(Duration.ofSeconds(30)).until(() -> router.level("@1.2.1.1") == 51);
            reply = writer.write(OB + "dh-a1/scene/$set", "{\"v\":2,\"p\":8}");
            assertThat(reply.get("status").asText()).as(reply.toString()).isEqualTo("applied");
            await().atMost(Duration.ofSeconds(30)).until(() -> router.level("@1.2.1.2") == 30);
            assertThat(router.received()).contains(">V:2,C:14,L:51,F:0,@1.2.1.1", ">V:2,C:12,B:1,S:3,F:0,@1.2.1.2");
            // After the scene the adapter asks the light its level: 30 % is what the bus shows.
            probe.await(
                    r -> r.topic().equals(OB + "dh-a1/level")
                            && r.text().contains("\"v\":" + DimmingCurve.rounded(DimmingCurve.arc(30)) + ","),
                    Duration.ofSeconds(30));
        }
    }
}
