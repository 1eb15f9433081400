// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean;

import io.objectbus.component.enocean.internal.GatewayConnection;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Receive EnOcean radio telegrams from a gateway speaking EnOcean Serial Protocol 3 (ESP3), and send telegrams and
 * common commands to it.
 */
@UriEndpoint(
        firstVersion = "0.1.0",
        scheme = "enocean",
        title = "EnOcean",
        syntax = "enocean:transport:address",
        category = {Category.IOT},
        headersClass = EnoceanConstants.class)
public class EnoceanEndpoint extends DefaultEndpoint {

    @UriParam
    private EnoceanConfiguration configuration;

    public EnoceanEndpoint(String uri, EnoceanComponent component, EnoceanConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        return new EnoceanProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        EnoceanConsumer consumer = new EnoceanConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public EnoceanComponent getComponent() {
        return (EnoceanComponent) super.getComponent();
    }

    public EnoceanConfiguration getConfiguration() {
        return configuration;
    }

    /** The endpoint's options. */
    public void setConfiguration(EnoceanConfiguration configuration) {
        this.configuration = configuration;
    }

    GatewayConnection acquireConnection() {
        return getComponent().acquire(configuration);
    }

    void releaseConnection() {
        getComponent().release(configuration);
    }
}
