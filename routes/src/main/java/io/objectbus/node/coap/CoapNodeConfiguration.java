// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.coap;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;

/**
 * The node's CoAP component: Camel's, with the node's own CoAP server where devices post
 * ({@code objectbus.coap.host}, loopback by default, and {@code objectbus.coap.port}, 5683 by default; 0 takes a
 * free port). Camel Main still applies {@code camel.component.coap.*} to it.
 */
public class CoapNodeConfiguration implements CamelConfiguration {

    @PropertyInject(value = "objectbus.coap.host", defaultValue = "127.0.0.1")
    private String host;

    @PropertyInject(value = "objectbus.coap.port", defaultValue = "5683")
    private int port;

    @Override
    public void configure(CamelContext context) {
        if (context.hasComponent("coap") == null) {
            context.addComponent("coap", new NodeCoapComponent(host, port));
        }
    }
}
