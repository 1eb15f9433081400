// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a newcomer installs it: {@code objectbus-<version>.tar.gz} unpacked into an empty folder, the
 * node started with {@code bin/objectbus run} and nothing but a Java runtime in its PATH (no Maven, no sources), then
 * reached over MQTT and HTTP, and stopped with SIGTERM; its class-data sharing archive made at the first start.
 */
class DistributionIT {

    private static final Duration LONG = Duration.ofSeconds(120);
    private static final Pattern HTTP_LINE = Pattern.compile("HTTP +(http://\\S+)");

    @TempDir
    Path dir;

    @Test
    void theUnpackedArchiveRunsTheNodeFromBinObjectbusServesMqttAndHealthAndStopsOnSigterm() throws Exception {
        Path home = unpack(Path.of(System.getProperty("objectbus.distribution")));
        assertThat(home.resolve("config/application.properties")).isRegularFile();
        assertThat(home.resolve("routes/simulator/sim-values.camel.yaml")).isRegularFile();
        assertThat(home.resolve("systemd/objectbus.service")).isRegularFile();
        assertThat(home.resolve("Dockerfile")).isRegularFile();
        int mqtt = FreePorts.next();
        Process node = start(home, mqtt, Map.of("OBJECTBUS_CDS", "off"));
        try {
            Path out = home.resolve("node.out");
            String url = await().atMost(LONG).until(() -> httpUrl(out, node), u -> u != null);
            try (Paho5Probe client = new Paho5Probe("tcp://127.0.0.1:" + mqtt, "distribution-test")) {
                client.subscribe("ob/v1/node1/$state", 1);
                assertThat(client.awaitOn("ob/v1/node1/$state", "\"online\":true")
                                .text())
                        .contains("since");
            }
            HttpClient http = HttpClient.newHttpClient();
            await().atMost(LONG)
                    .until(() -> http.send(
                                            HttpRequest.newBuilder(URI.create(url + "/health"))
                                                    .build(),
                                            HttpResponse.BodyHandlers.ofString())
                                    .statusCode()
                            == 200);
            assertThat(firstLineOf(http, url + "/api/stream?object=room-1-01&resource=temperature", "event: value"))
                    .as("the live stream of the installed node")
                    .isEqualTo("event: value");
            assertThat(http.send(
                                    HttpRequest.newBuilder(URI.create(url + "/api/history/node1/room-1-01/temperature"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body())
                    .as("history is on in the installed node")
                    .contains("\"points\"");
            assertThat(cli(home, mqtt, "set", "node1/room-1-01/setpoint", "22.5", "-p", "8"))
                    .contains("accepted")
                    .contains("applied");
            assertThat(cli(home, mqtt, "get", "node1/room-1-01"))
                    .contains("setpoint")
                    .contains("22.5");
            node.destroy(); // SIGTERM
            assertThat(node.waitFor(60, TimeUnit.SECONDS))
                    .as(Files.readString(out))
                    .isTrue();
            assertThat(node.exitValue()).isEqualTo(143);
        } finally {
            node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theFirstStartMakesTheClassDataSharingArchiveInTheInstallationAndTheNextStartMapsIt() throws Exception {
        Path home = unpack(Path.of(System.getProperty("objectbus.distribution")));
        // -Xlog names the file after each JVM's pid: the training run's and each node's apart.
        Map<String, String> env =
                Map.of("JAVA_OPTS", "-Xmx512m -Xlog:class+load=info:file=" + home.resolve("classes-%p.log"));
        String first = runUntilHttpThenStop(home, env);
        assertThat(first).contains("Preparing class-data sharing");
        assertThat(home.resolve("var/cds/node.jsa")).isNotEmptyFile();
        assertThat(home.resolve("var/cds/node.jsa.id")).isNotEmptyFile();
        Process second = start(home, FreePorts.next(), env);
        try {
            await().atMost(LONG).until(() -> httpUrl(home.resolve("node.out"), second), u -> u != null);
            assertThat(Files.readString(home.resolve("node.out"))).doesNotContain("class-data sharing");
            // bin/objectbus execs java: the node's JVM has the launcher's pid.
            assertThat(Files.readString(home.resolve("classes-" + second.pid() + ".log")))
                    .as("the node's classes come from the archive")
                    .contains("source: shared objects file (top)");
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
            second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void anInstallationThatIsNotWritableKeepsItsArchiveInTheUsersCacheOrRunsWithout() throws Exception {
        Path home = unpack(Path.of(System.getProperty("objectbus.distribution")));
        Files.createFile(home.resolve("var"));
        Path cache = Files.createDirectories(dir.resolve("cache"));
        String cached = runUntilHttpThenStop(home, Map.of("XDG_CACHE_HOME", cache.toString()));
        assertThat(cached).contains("Preparing class-data sharing").doesNotContain("Class-data sharing is off");
        try (var files = Files.walk(cache)) {
            assertThat(files.filter(f -> f.getFileName().toString().equals("node.jsa")))
                    .hasSize(1);
        }
        String without = runUntilHttpThenStop(home, Map.of("XDG_CACHE_HOME", "/proc/objectbus", "HOME", "/proc"));
        assertThat(without)
                .contains("Class-data sharing is off: no writable folder for its archive")
                .doesNotContain("Preparing class-data sharing");
    }

    /** The first line of a Server-Sent Events stream that starts with the prefix. */
    private static String firstLineOf(HttpClient http, String url, String prefix) throws Exception {
        HttpResponse<java.util.stream.Stream<String>> stream =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofLines());
        try (java.util.stream.Stream<String> lines = stream.body()) {
            return java.util.concurrent.CompletableFuture.supplyAsync(
                            () -> lines.filter(line -> line.startsWith(prefix))
                                    .findFirst()
                                    .orElse(null))
                    .get(LONG.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** The command-line client of the installation, against its node's broker; what it printed, once it exited 0. */
    private static String cli(Path home, int mqtt, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(
                List.of(home.resolve("bin/objectbus").toString(), "--port", String.valueOf(mqtt), "--no-color"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("cli.out").toFile());
        String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
        builder.environment().put("PATH", javaBin + File.pathSeparator + "/usr/bin:/bin");
        Process cli = builder.start();
        assertThat(cli.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(home.resolve("cli.out"));
        assertThat(cli.exitValue()).as(out).isZero();
        return out;
    }

    /** Starts bin/objectbus run, waits until it serves HTTP, stops it with SIGTERM; returns what it wrote. */
    private static String runUntilHttpThenStop(Path home, Map<String, String> env) throws Exception {
        Process node = start(home, FreePorts.next(), env);
        try {
            await().atMost(LONG.multipliedBy(2)).until(() -> httpUrl(home.resolve("node.out"), node), u -> u != null);
            node.destroy();
            assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return Files.readString(home.resolve("node.out"));
        } finally {
            node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Path unpack(Path archive) throws Exception {
        Process tar = new ProcessBuilder("tar", "xzf", archive.toString(), "-C", dir.toString())
                .inheritIO()
                .start();
        assertThat(tar.waitFor()).isZero();
        try (var entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    /** bin/objectbus with a PATH of only the running JVM's bin folder and the shell's basics. */
    private static Process start(Path home, int mqtt, Map<String, String> env) throws Exception {
        List<String> command = List.of(
                home.resolve("bin/objectbus").toString(),
                "run",
                "--objectbus.broker.mqtt-port=" + mqtt,
                "--objectbus.broker.ws-port=0",
                "--objectbus.http.port=0",
                "--objectbus.sim.bacnet.port=" + FreePorts.next(),
                "--objectbus.sim.bacnet.adapter-port=" + FreePorts.next());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("node.out").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("OBJECTBUS_") || name.startsWith("CAMEL_"));
        String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
        builder.environment().put("PATH", javaBin + File.pathSeparator + "/usr/bin:/bin");
        builder.environment().putAll(env);
        return builder.start();
    }

    private static String httpUrl(Path out, Process node) throws Exception {
        String text = Files.exists(out) ? Files.readString(out) : "";
        if (!node.isAlive()) {
            throw new AssertionError("the node ended with status " + node.exitValue() + ":\n" + text);
        }
        Matcher http = HTTP_LINE.matcher(text);
        return http.find() ? http.group(1) : null;
    }
}
