// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real node ({@code io.objectbus.node.NodeMain} with the repository's application.properties, as
 * {@code ./objectbus run} starts it, history on) in a JVM of its own, its simulated site off, and one route file: a
 * {@code lorawan-gateway} adapter on a loopback UDP port with the fleet's ABP devices.
 */
final class LorawanNode extends ServerProcess {

    static final String NODE_ID = "node1";

    final int udpPort;

    private LorawanNode(int port, int udpPort, Process process) {
        super("objectbus", port, process);
        this.udpPort = udpPort;
    }

    static LorawanNode start(String heap, LorawanFleet fleet) throws IOException, InterruptedException {
        int port = freePort();
        int udpPort = freeUdpPort();
        Path data = Files.createTempDirectory("bench-lorawan");
        Path routes = Files.createDirectory(data.resolve("routes"));
        Files.writeString(routes.resolve("lorawan-bench.camel.yaml"), route(udpPort, fleet, data));
        Process process = new ProcessBuilder(NodeVariant.standard()
                        .java(
                                heap,
                                "io.objectbus.node.NodeMain",
                                "--objectbus.config=file:application.properties",
                                "--camel.component.objectbus.node-id=" + NODE_ID,
                                "--objectbus.broker.mqtt-port=" + port,
                                "--objectbus.broker.ws-port=0",
                                "--objectbus.broker.data-dir=" + data.resolve("broker"),
                                "--objectbus.http.enabled=false",
                                "--objectbus.sim.enabled=false",
                                "--objectbus.routes.folders=" + routes,
                                "--objectbus.routes.reload=false"))
                .redirectErrorStream(true)
                .start();
        // A driver stopped by a signal must not leave its node running.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        Thread drain = new Thread(() -> echoProblems(process));
        drain.setDaemon(true);
        drain.start();
        awaitPort(port, Duration.ofSeconds(120));
        return new LorawanNode(port, udpPort, process);
    }

    /** The node's warnings and errors, and when it runs; its output ends when it is stopped. */
    private static void echoProblems(Process process) {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.contains("WARN") || line.contains("ERROR") || line.contains("running")) {
                    System.err.println("node: " + line);
                }
            }
        } catch (IOException e) {
            // stopped
        }
    }

    private static String route(int udpPort, LorawanFleet fleet, Path data) {
        return String.join(
                "\n",
                "- route:",
                "    id: adapter-lorawan-bench",
                "    from:",
                "      uri: kamelet:lorawan-gateway",
                "      parameters:",
                "        name: bench",
                "        host: 127.0.0.1",
                "        port: " + udpPort,
                "        sessionFile: " + data.resolve("lorawan-sessions.json"),
                "        abpDevices: \"" + fleet.abpDevices() + "\"",
                "      steps:",
                "        - log:",
                "            message: \"LoRaWAN ${header.CamelLorawanEvent}\"",
                "            loggingLevel: DEBUG",
                "");
    }

    /** A UDP port the kernel has free now (the node binds it a moment later). */
    private static int freeUdpPort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
