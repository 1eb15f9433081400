// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet;

import io.objectbus.bacnet.stack.BacnetStack;
import java.io.IOException;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Talk to BACnet/IP devices: discover them ({@code bacnet:devices}), receive their changes of value ({@code
 * bacnet:cov}), and read, write and subscribe with a producer ({@code bacnet:client} or any other name).
 */
@UriEndpoint(
        firstVersion = "0.1.0",
        scheme = "bacnet",
        title = "BACnet/IP",
        syntax = "bacnet:kind",
        category = {Category.IOT},
        headersClass = BacnetConstants.class)
public class BacnetEndpoint extends DefaultEndpoint {
    @UriPath(enums = "devices,cov,network,client")
    @Metadata(
            required = true,
            description = "devices: a consumer of I-Am announcements (with periodic Who-Is); cov: a consumer of"
                    + " COV notifications; network: a consumer that watches every device (objects, values by COV or"
                    + " polling, lost devices); any name (client) for a producer")
    private String kind;

    @UriParam
    private BacnetConfiguration configuration;

    public BacnetEndpoint(String uri, BacnetComponent component, String kind, BacnetConfiguration configuration) {
        super(uri, component);
        this.kind = kind;
        this.configuration = configuration;
    }

    @Override
    public BacnetComponent getComponent() {
        return (BacnetComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new BacnetProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if ("network".equals(kind)) {
            BacnetNetworkConsumer consumer = new BacnetNetworkConsumer(this, processor);
            configureConsumer(consumer);
            return consumer;
        }
        if (!"devices".equals(kind) && !"cov".equals(kind)) {
            throw new IllegalArgumentException(
                    "a bacnet consumer is bacnet:devices, bacnet:cov or bacnet:network, not bacnet:" + kind);
        }
        BacnetConsumer consumer = new BacnetConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    BacnetStack acquireStack() throws IOException {
        return getComponent().acquire(configuration);
    }

    void releaseStack() {
        getComponent().release(configuration);
    }

    public String getKind() {
        return kind;
    }

    /** devices, cov, or any name for a producer. */
    public void setKind(String kind) {
        this.kind = kind;
    }

    public BacnetConfiguration getConfiguration() {
        return configuration;
    }

    /** The endpoint's options. */
    public void setConfiguration(BacnetConfiguration configuration) {
        this.configuration = configuration;
    }
}
