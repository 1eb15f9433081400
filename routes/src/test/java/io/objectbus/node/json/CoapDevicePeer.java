// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.californium.core.CoapResource;
import org.eclipse.californium.core.CoapServer;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.core.server.resources.CoapExchange;
import org.eclipse.californium.elements.config.Configuration;

/**
 * A room sensor on Eclipse Californium, on 127.0.0.1 at a UDP port from the kernel: /env gives its temperature (a
 * new value at each read, observable) and set point as JSON; PUT /setpoint sets it, or is refused 4.03 when told.
 * Killed, it closes its port; restored, it listens on the same one.
 */
final class CoapDevicePeer implements AutoCloseable {

    private final AtomicInteger reads = new AtomicInteger();
    private volatile double setpoint = 21.0;
    private volatile boolean refuseWrites;
    private CoapServer server;
    private Environment environment;
    private int port;

    CoapDevicePeer start() {
        Configuration configuration = Configuration.createStandardWithoutFile();
        server = new CoapServer(configuration);
        server.addEndpoint(CoapEndpoint.builder()
                .setConfiguration(configuration)
                .setInetSocketAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                .build());
        environment = new Environment();
        server.add(environment, new Setpoint());
        server.start();
        port = server.getEndpoints().get(0).getAddress().getPort();
        return this;
    }

    String url(String path) {
        return "coap://127.0.0.1:" + port + path;
    }

    /** Tells the observers of /env that it changed. */
    void changed() {
        environment.changed();
    }

    void refuseWrites(boolean refuse) {
        this.refuseWrites = refuse;
    }

    double setpoint() {
        return setpoint;
    }

    void kill() {
        server.destroy();
    }

    @Override
    public void close() {
        if (server != null) {
            server.destroy();
        }
    }

    private final class Environment extends CoapResource {
        Environment() {
            super("env");
            setObservable(true);
        }

        @Override
        public void handleGET(CoapExchange exchange) {
            int read = reads.incrementAndGet();
            String json = "{\"t\":" + (20 + read % 5) + ".25,\"setpoint\":" + setpoint + "}";
            exchange.respond(ResponseCode.CONTENT, json, MediaTypeRegistry.APPLICATION_JSON);
        }
    }

    private final class Setpoint extends CoapResource {
        Setpoint() {
            super("setpoint");
        }

        @Override
        public void handlePUT(CoapExchange exchange) {
            if (refuseWrites) {
                exchange.respond(ResponseCode.FORBIDDEN, "setpoint locked");
                return;
            }
            try {
                setpoint = Double.parseDouble(new String(exchange.getRequestPayload(), StandardCharsets.UTF_8));
                exchange.respond(ResponseCode.CHANGED);
            } catch (NumberFormatException e) {
                exchange.respond(ResponseCode.BAD_REQUEST, "not a number");
            }
        }
    }
}
