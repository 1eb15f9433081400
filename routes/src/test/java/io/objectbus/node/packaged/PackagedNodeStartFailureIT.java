// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.objectbus.testing.FreePorts;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A packaged node that cannot start what its configuration asks for ends with status 1 and one line that says what
 * and which setting changes it; it never says it runs, and never stays up half-started.
 */
class PackagedNodeStartFailureIT {

    private static final Duration BOUND = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void aTakenMqttPortEndsTheNodeWithStatus1AndALineNamingThePortAndItsSetting() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
                PackagedNode node = PackagedNode.start(NodeLayout.copy(dir), quiet(other.getLocalPort()))) {
            assertThat(node.awaitExit(BOUND)).as(node.output()).isEqualTo(1);
            String line = "MQTT port " + other.getLocalPort() + " on 127.0.0.1 is in use;"
                    + " set objectbus.broker.mqtt-port or OBJECTBUS_BROKER_MQTT_PORT";
            assertThat(node.linesWith(line)).as(node.output()).hasSize(1);
            assertThat(node.output()).doesNotContain(PackagedNode.RUNNING);
            // Nothing of the node (its presence client least of all) connected to the other listener.
            other.setSoTimeout(1);
            assertThatThrownBy(other::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void aTakenHttpPortEndsTheNodeWithStatus1AndALineNamingThePortAndItsSetting() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Map<String, String> settings = quiet(FreePorts.next());
            settings.put("objectbus.http.port", String.valueOf(other.getLocalPort()));
            try (PackagedNode node = PackagedNode.start(NodeLayout.copy(dir), settings)) {
                assertThat(node.awaitExit(BOUND)).as(node.output()).isEqualTo(1);
                assertThat(node.linesWith("HTTP port " + other.getLocalPort() + " on 127.0.0.1 did not open"))
                        .as(node.output())
                        .singleElement()
                        .asString()
                        .contains("ERROR NodeMain - The node did not start: HTTP port")
                        .endsWith("; set objectbus.http.port or OBJECTBUS_HTTP_PORT, or objectbus.http.enabled=false");
                assertThat(node.output()).doesNotContain(PackagedNode.RUNNING);
            }
        }
    }

    @Test
    void aTakenRaftLeasePortEndsTheNodeWithStatus1AndALineNamingTheAddressAndItsSetting() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Map<String, String> settings = quiet(FreePorts.next());
            settings.put("camel.component.objectbus.node-id", "raft-1");
            settings.put("objectbus.cluster.lease", "raft");
            settings.put(
                    "objectbus.cluster.raft.members",
                    "raft-1@127.0.0.1:" + other.getLocalPort() + ",raft-2@127.0.0.1:" + FreePorts.next());
            try (PackagedNode node = PackagedNode.start(NodeLayout.copy(dir), settings)) {
                assertThat(node.awaitExit(BOUND)).as(node.output()).isEqualTo(1);
                assertThat(node.linesWith("the Raft lease on 127.0.0.1:" + other.getLocalPort() + " did not start"))
                        .as(node.output())
                        .singleElement()
                        .asString()
                        .contains("ERROR NodeMain - The node did not start: the Raft lease")
                        .endsWith("; set this member's entry in objectbus.cluster.raft.members");
                assertThat(node.output()).doesNotContain(PackagedNode.RUNNING);
            }
        }
    }

    /** A class missing from the packaged class path (here: Bouncy Castle's PKIX, taken off) is an Error. */
    @Test
    void anErrorWhileAServiceStartsEndsTheNodeWithStatus1AndNamesTheMissingClass() throws Exception {
        Map<String, String> settings = quiet(FreePorts.next());
        settings.put("objectbus.opcua.server.enabled", "true");
        settings.put("objectbus.opcua.server.port", String.valueOf(FreePorts.next()));
        try (PackagedNode node = PackagedNode.start(NodeLayout.copy(dir), settings, List.of("bcpkix-"))) {
            assertThat(node.awaitExit(BOUND)).as(node.output()).isEqualTo(1);
            assertThat(node.linesWith("The node did not start: the OPC UA server on opc.tcp://127.0.0.1:"))
                    .as(node.output())
                    .singleElement()
                    .asString()
                    .contains("NoClassDefFoundError: org/bouncycastle/");
            assertThat(node.output()).doesNotContain(PackagedNode.RUNNING);
        }
    }

    /** Only the broker: no simulated site, no WebSocket listener. */
    static Map<String, String> quiet(int mqttPort) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("objectbus.broker.mqtt-port", String.valueOf(mqttPort));
        settings.put("objectbus.broker.ws-port", "0");
        settings.put("objectbus.sim.enabled", "false");
        return settings;
    }
}
