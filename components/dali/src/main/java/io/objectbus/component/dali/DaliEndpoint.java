// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali;

import io.objectbus.component.dali.internal.DaliBus;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Send IEC 62386 commands to DALI control gear and control devices through a gateway, with a per-bus command queue;
 * receive input devices' event messages and the state of the link to the gateway.
 */
@UriEndpoint(
        firstVersion = "0.1.0",
        scheme = "dali",
        title = "DALI",
        syntax = "dali:gateway:address",
        category = {Category.IOT},
        headersClass = DaliConstants.class)
public class DaliEndpoint extends DefaultEndpoint {

    @UriParam
    private DaliConfiguration configuration;

    public DaliEndpoint(String uri, DaliComponent component, DaliConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        return new DaliProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        DaliConsumer consumer = new DaliConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public DaliComponent getComponent() {
        return (DaliComponent) super.getComponent();
    }

    public DaliConfiguration getConfiguration() {
        return configuration;
    }

    /** The endpoint's options. */
    public void setConfiguration(DaliConfiguration configuration) {
        this.configuration = configuration;
    }

    DaliBus acquireBus() {
        return getComponent().acquire(configuration);
    }

    void releaseBus() {
        getComponent().release(configuration);
    }
}
