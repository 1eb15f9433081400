// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.coap;

import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.coap.CoAPComponent;
import org.apache.camel.coap.CoAPEndpoint;

/**
 * Camel's CoAP component, with the node's CoAP server for the URIs that name it
 * ({@code coap://{objectbus.coap.host}:{objectbus.coap.port}/...}): their consumers take devices' posts on that server
 * and answer with the route's response code. Every other URI (requests to devices, observations) is Camel's.
 */
public final class NodeCoapComponent extends CoAPComponent {

    private final NodeCoapServer server;

    public NodeCoapComponent(String host, int port) {
        this.server = new NodeCoapServer(host, port);
    }

    public NodeCoapServer server() {
        return server;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        Map<String, Object> options = new java.util.HashMap<>(parameters);
        CoAPEndpoint endpoint = (CoAPEndpoint) super.createEndpoint(uri, remaining, parameters);
        java.net.URI target = endpoint.getUri();
        if (!"coap".equals(target.getScheme()) || !server.serves(target.getHost(), target.getPort())) {
            return endpoint;
        }
        DevicePostEndpoint posts = new DevicePostEndpoint(uri, this);
        setProperties(posts, options);
        return posts;
    }

    @Override
    protected void doStop() throws Exception {
        server.close();
        super.doStop();
    }
}
