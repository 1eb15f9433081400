// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.objectbus.node.NodeStartException;
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

    @Override
    protected void doStart() {
        VertxPlatformHttpServerConfiguration configuration = new VertxPlatformHttpServerConfiguration();
        configuration.setBindHost(settings.host());
        configuration.setBindPort(settings.port());
        configuration.setMaxBodySize(settings.maxBodyBytes());
        server = new VertxPlatformHttpServer(configuration);
        server.setCamelContext(context);
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            throw new NodeStartException(
                    "HTTP port " + settings.port() + " on " + settings.host() + " did not open ("
                            + NodeStartException.reason(e)
                            + "); set objectbus.http.port or OBJECTBUS_HTTP_PORT, or objectbus.http.enabled=false",
                    e);
        }
    }

    @Override
    protected void doStop() {
        if (server != null) {
            server.stop();
        }
    }
}
