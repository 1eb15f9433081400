// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real node with its simulated site as a user starts it, {@code ./objectbus run} with the launcher's JVM options
 * and class-data sharing archive: time from launch to $state online, and resident memory when idle. The same again
 * with {@code OBJECTBUS_CDS=off}, for comparison; the two alternate which goes first. Then once more with history off
 * (the default run records every value). Runs from the repository root.
 */
final class ColdStart {

    private static final Path LAUNCHER = Path.of("objectbus");
    private static int runs;

    private ColdStart() {}

    static Map<String, Object> run(Mqtt5Finder finder) throws Exception {
        prepare();
        boolean sharingFirst = runs++ % 2 == 0;
        Start first = start(finder, sharingFirst, true);
        Start second = start(finder, !sharingFirst, true);
        Start with = sharingFirst ? first : second;
        Start without = sharingFirst ? second : first;
        Start historyOff = start(finder, true, false);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("seconds to $state online", with.seconds());
        result.put("seconds to $state online without class-data sharing", without.seconds());
        result.put("seconds to $state online with history off", historyOff.seconds());
        result.put("idle rss MB", with.rssMegabytes());
        result.put("idle rss MB without class-data sharing", without.rssMegabytes());
        result.put("idle rss MB with history off", historyOff.rssMegabytes());
        return result;
    }

    private record Start(double seconds, long rssMegabytes) {}

    /** {@code ./objectbus build}, untimed: the node built and its class-data sharing archive made for this build. */
    private static void prepare() throws IOException, InterruptedException {
        if (!Files.isExecutable(LAUNCHER)) {
            throw new IllegalStateException("run the benchmarks from the repository root, where ./objectbus is");
        }
        Process build = new ProcessBuilder(List.of("./" + LAUNCHER, "build"))
                .inheritIO()
                .start();
        if (!build.waitFor(20, TimeUnit.MINUTES) || build.exitValue() != 0) {
            build.destroyForcibly();
            throw new IllegalStateException("./objectbus build failed");
        }
    }

    private static Start start(Mqtt5Finder finder, boolean classDataSharing, boolean history) throws Exception {
        int port = ServerProcess.freePort();
        String data = Files.createTempDirectory("bench-cold").toString();
        List<String> command = new ArrayList<>(List.of(
                "./" + LAUNCHER,
                "run",
                "--objectbus.broker.mqtt-port=" + port,
                "--objectbus.broker.ws-port=0",
                "--objectbus.broker.data-dir=" + data,
                "--objectbus.history.enabled=" + history,
                "--objectbus.history.file=" + data + "/history.duckdb"));
        ProcessBuilder launch =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        String extra = System.getenv("BENCH_NODE_JVM_OPTS");
        launch.environment()
                .put("JAVA_OPTS", "-Xmx512m" + (extra == null || extra.isBlank() ? "" : " " + extra.trim()));
        launch.environment().put("OBJECTBUS_CDS", classDataSharing ? "on" : "off");
        long start = System.nanoTime();
        Process process = launch.start(); // the launcher execs java: the same process
        try {
            double online = finder.secondsUntilOnline(port, start);
            Thread.sleep(10_000); // let the node settle to its idle footprint
            return new Start(online, ProcStats.rssBytes(process.pid()) >> 20);
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
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
