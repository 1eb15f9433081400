// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Receive LoRaWAN uplinks, joins and gateway events from gateways running the Semtech UDP packet forwarder, and send
 * class A downlinks to devices.
 */
@UriEndpoint(
        firstVersion = "0.1.0",
        scheme = "lorawan",
        title = "LoRaWAN",
        syntax = "lorawan:name",
        category = {Category.IOT},
        headersClass = LorawanConstants.class)
public class LorawanEndpoint extends DefaultEndpoint {

    @UriParam
    private LorawanConfiguration configuration;

    public LorawanEndpoint(String uri, LorawanComponent component, LorawanConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        return new LorawanProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        LorawanConsumer consumer = new LorawanConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public LorawanComponent getComponent() {
        return (LorawanComponent) super.getComponent();
    }

    public LorawanConfiguration getConfiguration() {
        return configuration;
    }

    /** The endpoint's options. */
    public void setConfiguration(LorawanConfiguration configuration) {
        this.configuration = configuration;
    }
}
