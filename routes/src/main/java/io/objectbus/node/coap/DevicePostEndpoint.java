// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.coap;

import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.coap.CoAPEndpoint;

/** A CoAP endpoint on the node's own server: its consumer takes the posts of one device path. */
final class DevicePostEndpoint extends CoAPEndpoint {

    private final NodeCoapComponent component;

    DevicePostEndpoint(String uri, NodeCoapComponent component) {
        super(uri, component);
        this.component = component;
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        DevicePostConsumer consumer = new DevicePostConsumer(this, processor, component.server());
        configureConsumer(consumer);
        return consumer;
    }

    NodeCoapComponent coapComponent() {
        return component;
    }
}
