// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A boiler with an HTTP JSON API, on 127.0.0.1 at a port from the kernel: GET /status gives its flow temperature
 * (a new value at each poll) and set point; PUT /setpoint with {"setpoint": n} sets it. It can be told to answer
 * 500, garbage, or to refuse writes with 409; killed, it closes its port; restored, it listens on the same one.
 */
final class HttpDevicePeer implements AutoCloseable {

    enum Mode {
        GOOD,
        SERVER_ERROR,
        GARBAGE
    }

    private final AtomicInteger polls = new AtomicInteger();
    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.GOOD);
    private volatile double setpoint = 60.0;
    private volatile boolean refuseWrites;
    private volatile long writeDelayMillis;
    private volatile int trickleSeconds;
    private volatile String lastWrite;
    private HttpServer server;
    private int port;

    HttpDevicePeer start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/status", this::status);
        server.createContext("/setpoint", this::write);
        // A thread per request: a slow write must not hold up the polls.
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        port = server.getAddress().getPort();
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void mode(Mode mode) {
        this.mode.set(mode);
    }

    void refuseWrites(boolean refuse) {
        this.refuseWrites = refuse;
    }

    /** Has the device take this long before it answers a write. */
    void delayWrites(long millis) {
        this.writeDelayMillis = millis;
    }

    /** Has the device answer a write 200 at once and then send its body one byte a second for this long. */
    void trickleWrites(int seconds) {
        this.trickleSeconds = seconds;
    }

    double setpoint() {
        return setpoint;
    }

    String lastWrite() {
        return lastWrite;
    }

    int polls() {
        return polls.get();
    }

    private void status(HttpExchange exchange) throws IOException {
        int poll = polls.incrementAndGet();
        switch (mode.get()) {
            case SERVER_ERROR -> answer(exchange, 500, "boiler controller fault");
            case GARBAGE -> answer(exchange, 200, "<html>rebooting " + poll + "</html>");
            default ->
                answer(exchange, 200, "{\"flow\":{\"t\":" + (60 + poll % 7) + ".5},\"setpoint\":" + setpoint + "}");
        }
    }

    private void write(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        lastWrite = exchange.getRequestMethod() + " " + body;
        pause(writeDelayMillis);
        if (trickleSeconds > 0) {
            trickle(exchange, trickleSeconds);
            return;
        }
        if (refuseWrites) {
            answer(exchange, 409, "setpoint locked by the service menu");
            return;
        }
        try {
            setpoint = Double.parseDouble(body.replaceAll("[^0-9.\\-]", ""));
            answer(exchange, 204, "");
        } catch (NumberFormatException e) {
            answer(exchange, 400, "no number in " + body);
        }
    }

    private static void trickle(HttpExchange exchange, int seconds) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        try {
            for (int i = 0; i < seconds; i++) {
                exchange.getResponseBody().write('.');
                exchange.getResponseBody().flush();
                pause(1000);
            }
        } finally {
            exchange.close();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    void kill() {
        server.stop(0);
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
