// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.packaged;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The node as {@code ./objectbus run} starts it: a JVM of its own running {@code io.objectbus.node.NodeMain} from the
 * packaged jar and {@code routes/target/lib}, in a folder laid out like the repository (application.properties and
 * the route folders, see {@link NodeLayout}), without the launcher's class-data sharing archive. Tests reach it over
 * the network only, as users do, and read what it prints.
 */
public final class PackagedNode implements AutoCloseable {

    /** What the node prints once every part of it has started. */
    public static final String RUNNING = "is running.";

    private static final Duration START = Duration.ofSeconds(240);

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private PackagedNode(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts the node in the layout's folder with these {@code --key=value} settings. */
    public static PackagedNode start(NodeLayout layout, Map<String, String> settings) throws IOException {
        return start(layout, settings, List.of());
    }

    /**
     * Starts the node with the jars of {@code routes/target/lib} whose names start with one of {@code leftOut} taken
     * off its class path: a node packaged without them.
     */
    public static PackagedNode start(NodeLayout layout, Map<String, String> settings, List<String> leftOut)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-cp", classPath(leftOut)));
        command.add("io.objectbus.node.NodeMain");
        if (!settings.containsKey("objectbus.http.port")) {
            command.add("--objectbus.http.port=0"); // a port of the kernel's, as for every port of a test
        }
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        Path home = layout.home();
        Path out = home.resolve("node.out");
        Path err = home.resolve("node.err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        // The settings are the test's: none of the environment's overrides (docs/node.md) reach the node.
        builder.environment().keySet().removeIf(name -> name.startsWith("OBJECTBUS_") || name.startsWith("CAMEL_"));
        return new PackagedNode(builder.start(), out, err);
    }

    /** Waits for the node's "is running" line; fails with its output if it ends first. */
    public PackagedNode awaitRunning() {
        await().atMost(START).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (stdout().contains(RUNNING)) {
                return true;
            }
            if (!process.isAlive()) {
                throw new AssertionError(
                        "the node ended with status " + process.exitValue() + " before it ran:\n" + output());
            }
            return false;
        });
        return this;
    }

    /** Waits until the node's output has a line with every one of these texts. */
    public String awaitLine(Duration timeout, String... parts) {
        return await().atMost(timeout)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> lines().filter(line -> Stream.of(parts).allMatch(line::contains))
                                .findFirst()
                                .orElse(null),
                        line -> line != null);
    }

    /** Sends SIGTERM (as a service manager or {@code kill} does) and returns the exit status. */
    public int stop(Duration bound) throws InterruptedException {
        process.destroy();
        return awaitExit(bound);
    }

    /** The exit status once the node has ended within the bound; fails with its output otherwise. */
    public int awaitExit(Duration bound) throws InterruptedException {
        if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the node still runs after " + bound.toSeconds() + " s:\n" + output());
        }
        return process.exitValue();
    }

    /** SIGKILL: the node ends without a chance to stop. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * SIGSTOP: the process lives, holds its sockets and its file locks, and does nothing — no heartbeat, no answer on
     * any connection — until {@link #thaw}; as a member behind a cut network is silent to the others (or one in a long
     * pause of its machine).
     */
    public void freeze() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** SIGCONT: a frozen node runs on from where it stopped. */
    public void thaw() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String name) throws IOException, InterruptedException {
        int status = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid()))
                .inheritIO()
                .start()
                .waitFor();
        if (status != 0) {
            throw new IOException("kill -" + name + " " + process.pid() + " ended with " + status);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public String stdout() {
        return read(stdout);
    }

    public String stderr() {
        return read(stderr);
    }

    /** Standard output, then standard error. */
    public String output() {
        return stdout() + stderr();
    }

    /** The lines of both outputs. */
    public Stream<String> lines() {
        return output().lines();
    }

    /** The lines of both outputs that contain the text. */
    public List<String> linesWith(String text) {
        return lines().filter(line -> line.contains(text)).collect(Collectors.toList());
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** As the launcher builds it: the node's jar, then the jars of its lib folder in name order. */
    static String classPath(List<String> leftOut) throws IOException {
        Path jar = Path.of(System.getProperty("objectbus.node.jar", "target/objectbus-node-0.1.0-SNAPSHOT.jar"));
        Path lib = Path.of(System.getProperty("objectbus.node.lib", "target/lib"));
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            throw new IllegalStateException("no packaged node at " + jar + " and " + lib + ": run mvn verify");
        }
        List<String> entries = new ArrayList<>(List.of(jar.toAbsolutePath().toString()));
        try (Stream<Path> jars = Files.list(lib)) {
            jars.filter(file -> file.getFileName().toString().endsWith(".jar"))
                    .filter(file -> leftOut.stream()
                            .noneMatch(prefix -> file.getFileName().toString().startsWith(prefix)))
                    .sorted()
                    .forEach(file -> entries.add(file.toAbsolutePath().toString()));
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
