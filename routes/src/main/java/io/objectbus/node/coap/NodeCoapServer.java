// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.coap;

import java.net.InetSocketAddress;
import java.util.List;
import org.eclipse.californium.core.CoapResource;
import org.eclipse.californium.core.CoapServer;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.core.server.resources.Resource;
import org.eclipse.californium.elements.config.Configuration;

/**
 * The node's CoAP server, where devices post ({@code coap-device-push}): bound to {@code objectbus.coap.host} and
 * {@code objectbus.coap.port} (Camel's CoAP component binds every interface), opened when the first device's route
 * starts, so that a node without such devices holds no UDP port.
 */
public final class NodeCoapServer {

    private final String host;
    private final int port;
    private CoapServer server;
    private int boundPort;

    NodeCoapServer(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Whether a {@code coap://host:port/...} URI names this server. */
    boolean serves(String uriHost, int uriPort) {
        return host.equals(uriHost) && port == uriPort;
    }

    /** The UDP port it listens on (the kernel's choice where the port is 0); 0 while it is not open. */
    public synchronized int port() {
        return boundPort;
    }

    /** Adds the resource at the path ({@code devices/meter-7}), opening the server at the first one. */
    synchronized void add(List<String> path, CoapResource resource, Configuration configuration) {
        if (server == null) {
            open(configuration);
        }
        Resource parent = server.getRoot();
        for (String segment : path.subList(0, path.size() - 1)) {
            Resource child = parent.getChild(segment);
            if (child == null) {
                child = new CoapResource(segment);
                parent.add(child);
            }
            parent = child;
        }
        Resource old = parent.getChild(resource.getName());
        if (old != null) {
            parent.delete(old);
        }
        parent.add(resource);
    }

    synchronized void remove(CoapResource resource) {
        Resource parent = resource.getParent();
        if (parent != null && parent.getChild(resource.getName()) == resource) {
            parent.delete(resource);
        }
    }

    synchronized void close() {
        if (server != null) {
            server.destroy();
            server = null;
            boundPort = 0;
        }
    }

    private void open(Configuration configuration) {
        CoapServer opened = new CoapServer(configuration);
        opened.addEndpoint(CoapEndpoint.builder()
                .setConfiguration(configuration)
                .setInetSocketAddress(new InetSocketAddress(host, port))
                .build());
        try {
            opened.start();
        } catch (IllegalStateException e) {
            opened.destroy();
            throw new IllegalStateException(
                    "the node's CoAP server cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        server = opened;
        boundPort = opened.getEndpoints().get(0).getAddress().getPort();
    }
}
