// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker starts in the background while the node is configured; the node's start still depends on it. */
class NodeStartTest {

    @TempDir
    Path dir;

    @Test
    void theNodeIsOnlineOnceItsStartReturns() throws Exception {
        int port = FreePorts.next();
        Main main = node(port, dir.resolve("data"));
        try {
            main.start();
            try (Paho5Probe client = new Paho5Probe("tcp://127.0.0.1:" + port, "start-watcher")) {
                client.subscribe("ob/v1/node1/$state", 1);
                assertThat(client.awaitOn("ob/v1/node1/$state", "\"online\":true")
                                .text())
                        .contains("since");
            }
        } finally {
            main.stop();
        }
    }

    @Test
    void aBrokerThatCannotStartKeepsTheNodeFromStartingWithTheBrokersError() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "");
        Main main = node(FreePorts.next(), notAFolder.resolve("data"));
        try {
            assertThatThrownBy(main::start).hasRootCauseInstanceOf(IOException.class);
        } finally {
            main.stop();
        }
    }

    @Test
    void aTakenWebSocketPortKeepsTheNodeFromStartingAndNamesItsSetting() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Main main = node(FreePorts.next(), dir.resolve("data"));
            main.addOverrideProperty("objectbus.broker.ws-port", String.valueOf(other.getLocalPort()));
            try {
                assertThatThrownBy(main::start)
                        .hasStackTraceContaining("WebSocket port " + other.getLocalPort()
                                + " on 127.0.0.1 is in use; set objectbus.broker.ws-port or OBJECTBUS_BROKER_WS_PORT");
            } finally {
                main.stop();
            }
        }
    }

    @Test
    void aTakenTlsPortKeepsTheNodeFromStartingAndNamesItsSetting() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Main main = node(FreePorts.next(), dir.resolve("data"));
            main.addOverrideProperty("objectbus.broker.tls-port", String.valueOf(other.getLocalPort()));
            main.addOverrideProperty(
                    "objectbus.broker.keystore", dir.resolve("node.p12").toString());
            try {
                assertThatThrownBy(main::start)
                        .hasStackTraceContaining(
                                "TLS port " + other.getLocalPort()
                                        + " on 127.0.0.1 is in use; set objectbus.broker.tls-port or OBJECTBUS_BROKER_TLS_PORT");
            } finally {
                main.stop();
            }
        }
    }

    @Test
    void anUnknownJournalTypeKeepsTheNodeFromStartingAndNamesItsSetting() {
        Main main = node(FreePorts.next(), dir.resolve("data"));
        main.addOverrideProperty("objectbus.broker.journal-type", "asyncio");
        try {
            assertThatThrownBy(main::start)
                    .hasStackTraceContaining("objectbus.broker.journal-type is mapped or nio, not 'asyncio'");
        } finally {
            main.stop();
        }
    }

    @Test
    void aTakenPortOfTheSimulatedBacnetDeviceKeepsTheNodeFromStartingAndNamesItsSetting() throws Exception {
        try (java.net.DatagramSocket other = new java.net.DatagramSocket(0)) {
            Main main = node(FreePorts.next(), dir.resolve("data"));
            main.addOverrideProperty("objectbus.sim.enabled", "true");
            main.addOverrideProperty("objectbus.sim.enocean.port", "0");
            main.addOverrideProperty("objectbus.sim.bacnet.port", String.valueOf(other.getLocalPort()));
            try {
                assertThatThrownBy(main::start)
                        .hasStackTraceContaining(
                                "the simulated BACnet device cannot use UDP port " + other.getLocalPort())
                        .hasStackTraceContaining("set objectbus.sim.bacnet.port");
            } finally {
                main.stop();
            }
        }
    }

    private Main node(int port, Path data) {
        return NodeMain.create(Map.of(
                "objectbus.config",
                "file:../application.properties",
                "objectbus.broker.mqtt-port",
                String.valueOf(port),
                "objectbus.broker.ws-port",
                "0",
                "objectbus.broker.data-dir",
                data.toString(),
                "objectbus.sim.enabled",
                "false",
                "objectbus.routes.folders",
                dir.resolve("no-routes").toString(),
                "objectbus.routes.reload",
                "false"));
    }
}
