// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The real node with its simulated site: time from launch to $state online, and resident memory when idle. */
final class ColdStart {

    private ColdStart() {}

    static Map<String, Object> run(Mqtt5Finder finder) throws Exception {
        int port = ServerProcess.freePort();
        String data = Files.createTempDirectory("bench-cold").toString();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(ServerProcess.java(
                        "-Xmx512m",
                        "io.objectbus.node.NodeMain",
                        "--objectbus.broker.mqtt-port=" + port,
                        "--objectbus.broker.ws-port=0",
                        "--objectbus.broker.data-dir=" + data))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            double online = finder.secondsUntilOnline(port, start);
            Thread.sleep(10_000); // let the node settle to its idle footprint
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("seconds to $state online", online);
            result.put("idle rss MB", ProcStats.rssBytes(process.pid()) >> 20);
            return result;
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Finds when the node announced itself online. */
    static final class Mqtt5Finder {
        double secondsUntilOnline(int port, long launched) throws InterruptedException {
            long deadline = launched + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                try {
                    Mqtt5BlockingClient client = Mqtt5Client.builder()
                            .identifier("cold-" + System.nanoTime())
                            .serverHost("127.0.0.1")
                            .serverPort(port)
                            .buildBlocking();
                    client.connect();
                    try (var publishes = client.publishes(com.hivemq.client.mqtt.MqttGlobalPublishFilter.ALL)) {
                        client.subscribeWith().topicFilter("ob/v1/node1/$state").send();
                        while (System.nanoTime() < deadline) {
                            var state = publishes.receive(100, TimeUnit.MILLISECONDS);
                            if (state.isPresent() && new String(state.get().getPayloadAsBytes()).contains("true")) {
                                client.disconnect();
                                return (System.nanoTime() - launched) / 1e9;
                            }
                        }
                    }
                } catch (RuntimeException notYet) {
                    Thread.sleep(20);
                }
            }
            return Double.NaN;
        }
    }
}
