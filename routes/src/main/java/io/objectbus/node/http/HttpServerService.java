// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.objectbus.node.NodeStartException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The node's HTTP server as a service of the Camel context: it starts with the context's services, before the
 * routes, so that every {@code platform-http:} route finds it; a port it cannot bind fails the node's start with one
 * line that names the setting.
 */
public final class HttpServerService extends ServiceSupport implements CamelContextAware {

    private static final long START_SECONDS = 30;

    private final HttpSettings settings;
    private CamelContext context;
    private VertxPlatformHttpServer server;

    HttpServerService(HttpSettings settings) {
        this.settings = settings;
    }

    @Override
    public CamelContext getCamelContext() {
        return context;
    }

    @Override
    public void setCamelContext(CamelContext context) {
        this.context = context;
    }

    /** The port the server listens on, the one the kernel gave where the setting is 0; -1 before it runs. */
    public int port() {
        VertxPlatformHttpServer running = server;
        return running == null || running.getServer() == null
                ? -1
                : running.getServer().actualPort();
    }

    /** {@code http://host:port}, loopback in place of a wildcard bind address. */
    public String url() {
        String host = settings.host().equals("0.0.0.0") ? "127.0.0.1" : settings.host();
        return "http://" + host + ":" + port();
    }

    /** Bounded: Vert.x's server, when it cannot bind, logs the failure and never returns from its start (Camel 4.17). */
    @Override
    protected void doStart() {
        VertxPlatformHttpServerConfiguration configuration = new VertxPlatformHttpServerConfiguration();
        configuration.setBindHost(settings.host());
        configuration.setBindPort(settings.port());
        configuration.setMaxBodySize(settings.maxBodyBytes());
        server = new VertxPlatformHttpServer(configuration);
        server.setCamelContext(context);
        try {
            CompletableFuture.runAsync(server::start).get(START_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw failure(e instanceof TimeoutException ? "no answer within " + START_SECONDS + " s" : null, e);
        }
    }

    /**
     * Fails when the port cannot be bound, before the context starts: the node then says so in one line (a failure
     * while the context starts would be logged by Camel too, with its stack trace).
     */
    void checkPortIsFree() {
        if (settings.port() == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getByName(settings.host()), settings.port()));
        } catch (IOException e) {
            throw failure(null, e);
        }
    }

    private NodeStartException failure(String why, Exception e) {
        return new NodeStartException(
                "HTTP port " + settings.port() + " on " + settings.host() + " did not open ("
                        + (why != null ? why : NodeStartException.reason(e))
                        + "); set objectbus.http.port or OBJECTBUS_HTTP_PORT, or objectbus.http.enabled=false",
                e);
    }

    @Override
    protected void doStop() {
        if (server != null) {
            server.stop();
        }
    }
}
