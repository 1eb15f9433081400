// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.station;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.objectbus.component.lorawan.frame.FrameException;
import io.objectbus.component.lorawan.frame.Hex;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.net.KeyStoreOptions;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The LNS side of the LoRa Basics Station protocol on a WebSocket server (Vert.x; TLS when a key store is given):
 * {@code /router-info} answers a station's discovery request {"router": its EUI} with the URI of its traffic
 * endpoint, {@code /traffic/{EUI}} carries its messages both ways.
 */
public final class StationTransport implements AutoCloseable {

    /** TLS of the WebSocket server: a PKCS#12 or JKS key store with the server's key and certificate. */
    public record Tls(String keyStore, String password) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRAFFIC = "/traffic/";

    private final Vertx vertx;
    private final HttpServer server;
    private final StationListener listener;
    private final boolean tls;

    private StationTransport(Vertx vertx, HttpServer server, StationListener listener, boolean tls) {
        this.vertx = vertx;
        this.server = server;
        this.listener = listener;
        this.tls = tls;
    }

    /** Binds host:port and serves; fails with the reason when the port cannot be bound. */
    public static StationTransport start(String host, int port, Tls tls, StationListener listener) throws IOException {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        HttpServerOptions options = new HttpServerOptions().setHost(host).setPort(port);
        if (tls != null) {
            options.setSsl(true)
                    .setKeyCertOptions(new KeyStoreOptions()
                            .setType(tls.keyStore().endsWith(".jks") ? "JKS" : "PKCS12")
                            .setPath(tls.keyStore())
                            .setPassword(tls.password()));
        }
        HttpServer server = vertx.createHttpServer(options);
        StationTransport transport = new StationTransport(vertx, server, listener, tls != null);
        server.webSocketHandler(transport::accept);
        try {
            server.listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            vertx.close();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IOException("cannot serve Basics Station on " + host + ":" + port + ": " + cause.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            vertx.close();
            throw new IOException("interrupted while binding " + host + ":" + port, e);
        }
        return transport;
    }

    /** The TCP port the server listens on. */
    public int port() {
        return server.actualPort();
    }

    private void accept(ServerWebSocket ws) {
        String path = ws.path();
        if ("/router-info".equals(path)) {
            ws.textMessageHandler(text -> routerInfo(ws, text));
        } else if (path.startsWith(TRAFFIC)) {
            traffic(ws, path.substring(TRAFFIC.length()));
        } else {
            listener.refused("no Basics Station endpoint at " + path + " (from " + ws.remoteAddress() + ")", path);
            ws.reject(404);
        }
    }

    /** The discovery answer: where this station's traffic goes (the host it reached us by), or an error. */
    private void routerInfo(ServerWebSocket ws, String text) {
        try {
            JsonNode request = JSON.readTree(text);
            long eui = Eui64.parse(request.path("router"));
            String host = ws.headers().get("Host") != null
                    ? ws.headers().get("Host")
                    : ws.localAddress().host() + ":" + port();
            String uri = (tls ? "wss://" : "ws://") + host + TRAFFIC + Hex.eui(eui);
            ws.writeTextMessage(JSON.createObjectNode()
                    .put("router", Eui64.id6(eui))
                    .put("muxs", "::0")
                    .put("uri", uri)
                    .toString());
        } catch (IOException | FrameException e) {
            listener.refused("router-info request refused: " + e.getMessage(), text);
            ws.writeTextMessage(JSON.createObjectNode()
                    .put("router", text.length() > 64 ? text.substring(0, 64) : text)
                    .put("error", "not a router-info request: " + e.getMessage())
                    .toString());
        }
        ws.close();
    }

    private void traffic(ServerWebSocket ws, String id) {
        long eui;
        try {
            eui = Long.parseUnsignedLong(id.replace("-", ""), 16);
        } catch (NumberFormatException e) {
            listener.refused("no station EUI in the traffic path " + ws.path(), ws.path());
            ws.reject(404);
            return;
        }
        StationLink link = new StationLink(ws);
        ws.textMessageHandler(text -> listener.message(eui, link, text));
        ws.closeHandler(v -> listener.closed(eui, link, "connection closed"));
        ws.exceptionHandler(e -> listener.closed(eui, link, "connection failed: " + e.getMessage()));
        listener.connected(eui, link);
    }

    @Override
    public void close() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Closing is best effort: the sockets are gone with the event loop.
        }
    }
}
