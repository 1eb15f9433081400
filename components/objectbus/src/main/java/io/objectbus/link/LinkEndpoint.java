// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import io.objectbus.model.Ids;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/** One link: a router to another node, or a bridge to a cloud broker. */
@UriEndpoint(
        firstVersion = "0.1.0",
        scheme = "oblink",
        title = "ObjectBus link",
        syntax = "oblink:name",
        consumerOnly = true,
        category = {Category.IOT, Category.MESSAGING},
        headersClass = io.objectbus.component.ObjectBusConstants.class)
public class LinkEndpoint extends DefaultEndpoint {

    @UriPath(description = "The link's id ([A-Za-z0-9_-]): it names its queues and its entry in the node's links.")
    @Metadata(required = true)
    private String name;

    @UriParam
    private LinkConfiguration configuration;

    public LinkEndpoint(String uri, LinkComponent component, String name, LinkConfiguration configuration) {
        super(uri, component);
        this.name = Ids.require(name, "link");
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException("oblink is a consumer: from(\"oblink:" + name + "?...\")");
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        Consumer consumer = new LinkConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public LinkComponent getComponent() {
        return (LinkComponent) super.getComponent();
    }

    public String getName() {
        return name;
    }

    /** The link's id ([A-Za-z0-9_-]): it names its queues and its entry in the node's links. */
    public void setName(String name) {
        this.name = name;
    }

    public LinkConfiguration getConfiguration() {
        return configuration;
    }

    /** The endpoint's options. */
    public void setConfiguration(LinkConfiguration configuration) {
        this.configuration = configuration;
    }
}
