// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.coap;

import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.coap.CoAPConstants;
import org.apache.camel.support.DefaultConsumer;
import org.eclipse.californium.core.CoapResource;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.server.resources.CoapExchange;

/**
 * Takes a device's POST or PUT on the node's CoAP server at the endpoint's path while its route runs, and answers
 * with the response code the route set ({@code CamelCoapResponseCode}, {@code 4.01}; 2.04 Changed where it set none)
 * and the route's body as text. (Camel's own consumer answers 2.05 to everything and keeps its resource after its
 * route stops.) The request's Uri-Query options ({@code ?token=...}) are headers, as Camel's consumer makes them.
 */
final class DevicePostConsumer extends DefaultConsumer {

    private final DevicePostEndpoint endpoint;
    private final NodeCoapServer server;
    private CoapResource resource;

    DevicePostConsumer(DevicePostEndpoint endpoint, Processor processor, NodeCoapServer server) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.server = server;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        List<String> path = endpoint.getPathSegmentsFromURI();
        resource = new Posts(path.get(path.size() - 1));
        server.add(path, resource, endpoint.coapComponent().loadConfiguration());
    }

    @Override
    protected void doStop() throws Exception {
        if (resource != null) {
            server.remove(resource);
            resource = null;
        }
        super.doStop();
    }

    private void handle(CoapExchange coap) {
        Exchange exchange = createExchange(false);
        try {
            Message in = exchange.getIn();
            in.setBody(coap.getRequestPayload());
            in.setHeader(CoAPConstants.COAP_METHOD, coap.getRequestCode().name());
            for (String query : coap.getRequestOptions().getUriQuery()) {
                int eq = query.indexOf('=');
                in.setHeader(eq < 0 ? query : query.substring(0, eq), eq < 0 ? "" : query.substring(eq + 1));
            }
            getProcessor().process(exchange);
            respond(coap, exchange);
        } catch (Exception e) {
            coap.respond(ResponseCode.INTERNAL_SERVER_ERROR, String.valueOf(e.getMessage()));
        } finally {
            releaseExchange(exchange, false);
        }
    }

    private static void respond(CoapExchange coap, Exchange exchange) {
        if (exchange.getException() != null) {
            coap.respond(
                    ResponseCode.INTERNAL_SERVER_ERROR,
                    String.valueOf(exchange.getException().getMessage()));
            return;
        }
        Message out = exchange.getMessage();
        String code = out.getHeader(CoAPConstants.COAP_RESPONSE_CODE, "2.04", String.class);
        byte[] body = out.getBody(byte[].class);
        coap.respond(responseCode(code), body == null ? new byte[0] : body, MediaTypeRegistry.TEXT_PLAIN);
    }

    /** {@code 4.01} as Californium's code; anything else that is no code as 5.00. */
    static ResponseCode responseCode(String text) {
        try {
            String[] parts = text.trim().split("\\.");
            int value = (Integer.parseInt(parts[0]) << 5) | Integer.parseInt(parts[1]);
            return ResponseCode.valueOf(value);
        } catch (RuntimeException e) {
            return ResponseCode.INTERNAL_SERVER_ERROR;
        }
    }

    private final class Posts extends CoapResource {
        Posts(String name) {
            super(name);
        }

        @Override
        public void handlePOST(CoapExchange exchange) {
            handle(exchange);
        }

        @Override
        public void handlePUT(CoapExchange exchange) {
            handle(exchange);
        }
    }
}
