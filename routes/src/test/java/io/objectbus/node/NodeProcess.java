// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A node in a JVM of its own, from the test class path, as users run it: stopped with SIGTERM (what Ctrl-C, systemd
 * and docker send) or killed with SIGKILL. Each run appends to the node's log under target/.
 */
public final class NodeProcess implements AutoCloseable {

    private final Map<String, String> settings;
    private final Path log;
    private Process process;

    private NodeProcess(Map<String, String> settings, Path log) {
        this.settings = settings;
        this.log = log;
    }

    public static NodeProcess start(String name, Map<String, String> settings) throws IOException {
        Path log = Path.of("target", name + "-" + System.nanoTime() + ".log").toAbsolutePath();
        NodeProcess node = new NodeProcess(settings, log);
        node.restart();
        return node;
    }

    /** Starts the node again with the same settings, its data folder included. */
    public void restart() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                NodeMain.class.getName()));
        settings.forEach((k, v) -> command.add("--" + k + "=" + v));
        Files.writeString(
                log, "--- start\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** SIGTERM, and waits until the process has ended. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the node did not stop within 60 s of SIGTERM; log: " + log);
        }
    }

    /** SIGKILL: the node dies at once, as in a crash or an out-of-memory kill. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    public Path logFile() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
