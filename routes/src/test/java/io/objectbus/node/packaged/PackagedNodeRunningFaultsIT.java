// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.opcua.support.TestServer;
import io.objectbus.testing.FreePorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running packaged node in trouble. Its class path lacks Bouncy Castle's PKIX jar (as the shipped node did), so a
 * secure OPC UA adapter meets an Error when it connects; and a route holds an exchange that never ends while Camel is
 * told to wait two minutes for it, so only the stop watchdog can end the node in time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedNodeRunningFaultsIT {

    private static final Duration SLOW = Duration.ofSeconds(90);
    private static final String CANNOT_CONNECT = "OPC UA adapter plant: cannot connect to";

    @TempDir
    static Path dir;

    private static TestServer plant;
    private static PackagedNode node;

    @BeforeAll
    static void startNode() throws Exception {
        plant = TestServer.start(FreePorts.next(), true);
        NodeLayout layout = NodeLayout.copy(dir);
        layout.addRoute("adapters", "plant.camel.yaml", adapter(plant));
        layout.addRoute("adapters", "hold.camel.yaml", HOLD);
        Map<String, String> settings = PackagedNodeStartFailureIT.quiet(FreePorts.next());
        settings.put("camel.main.shutdown-timeout", "120");
        settings.put("objectbus.stop-timeout", "5");
        node = PackagedNode.start(layout, settings, List.of("bcpkix-")).awaitRunning();
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        if (plant != null) {
            plant.close();
        }
    }

    @Test
    @Order(1)
    void anAdapterThatMeetsAnErrorWhenItConnectsSaysWhichAndTriesAgain() {
        String first = node.awaitLine(SLOW, CANNOT_CONNECT, "NoClassDefFoundError: org/bouncycastle/");
        assertThat(first).contains("ERROR").contains("trying again in");
        await().atMost(SLOW).until(() -> node.linesWith(CANNOT_CONNECT).size() >= 2);
        assertThat(node.linesWith(CANNOT_CONNECT))
                .filteredOn(line -> line.contains("ERROR"))
                .hasSize(1);
        assertThat(node.isAlive()).isTrue();
    }

    @Test
    @Order(2)
    void aStopThatHangsIsEndedAfterTheStopTimeoutWithStatus1() throws Exception {
        node.awaitLine(SLOW, "holding an exchange");
        long start = System.nanoTime();
        assertThat(node.stop(Duration.ofSeconds(60))).as(node.output()).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(node.linesWith("The node did not stop within 5 s")).hasSize(1);
    }

    private static String adapter(TestServer plant) {
        return """
                - route:
                    id: adapter-opcua-plant
                    from:
                      uri: kamelet:opcua-source
                      parameters:
                        name: plant
                        endpointUrl: "%s"
                        roots: "%s"
                        securityPolicy: Basic256Sha256
                        username: "%s"
                        password: "%s"
                        reconnectDelay: 500
                        reconnectMaxDelay: 1000
                      steps:
                        - log:
                            loggingLevel: TRACE
                            message: "OPC UA ${header.OpcUaEvent}"
                """
                .formatted(plant.url(), TestServer.PLANT_ROOT, TestServer.USER, TestServer.PASSWORD);
    }

    /** An exchange that never ends: a graceful stop would wait for it. */
    private static final String HOLD =
            """
            - route:
                id: test-hold-exchange
                from:
                  uri: "timer:hold?repeatCount=1"
                  steps:
                    - log: "holding an exchange"
                    - delay:
                        asyncDelayed: false
                        expression:
                          constant: "600000"
            """;
}
