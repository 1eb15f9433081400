// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A broker under test in a process of its own: Mosquitto or an ObjectBus node. */
class ServerProcess implements AutoCloseable {

    final String name;
    final int port;
    final Process process;

    ServerProcess(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /** Mosquitto on a free loopback port, with no limit on queued messages so it never drops for a slow reader. */
    static ServerProcess mosquitto() throws IOException, InterruptedException {
        int port = freePort();
        Path conf = Files.createTempFile("bench-mosquitto", ".conf");
        Files.writeString(
                conf,
                String.join(
                        "\n",
                        "listener " + port + " 127.0.0.1",
                        "allow_anonymous true",
                        "persistence false",
                        "max_queued_messages 0",
                        "max_queued_bytes 0",
                        "max_inflight_messages 0",
                        "log_type error",
                        ""));
        Process process = new ProcessBuilder("mosquitto", "-c", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        awaitPort(port, Duration.ofSeconds(10));
        return new ServerProcess("mosquitto", port, process);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void awaitPort(int port, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("nothing listens on port " + port);
    }

    long pid() {
        return process.pid();
    }

    double cpuSeconds() {
        return ProcStats.cpuSeconds(pid());
    }

    long rssBytes() {
        return ProcStats.rssBytes(pid());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
