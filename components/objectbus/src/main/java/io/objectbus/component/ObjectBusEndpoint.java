// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import io.objectbus.bus.BusNode;
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
 * Publishes values, descriptors, events and stale marks to the bus, takes writes from it, or receives publications of
 * the node's broker.
 */
@UriEndpoint(
        firstVersion = "0.1.0",
        scheme = "objectbus",
        title = "ObjectBus",
        syntax = "objectbus:operation",
        category = {Category.IOT, Category.MESSAGING},
        headersClass = ObjectBusConstants.class)
public class ObjectBusEndpoint extends DefaultEndpoint {

    @UriPath(
            description = "What the endpoint does: publish, describe, connection, stale, event, remove, recommand and"
                    + " forward produce; set and subscribe consume.")
    @Metadata(required = true)
    private ObjectBusOperation operation;

    @UriParam
    private ObjectBusConfiguration configuration;

    public ObjectBusEndpoint(
            String uri,
            ObjectBusComponent component,
            ObjectBusOperation operation,
            ObjectBusConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        if (operation == ObjectBusOperation.set || operation == ObjectBusOperation.subscribe) {
            throw new IllegalArgumentException("objectbus:" + operation + " is a consumer; use it in from()");
        }
        return new ObjectBusProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        Consumer consumer =
                switch (operation) {
                    case set -> new ObjectBusConsumer(this, processor);
                    case subscribe -> new ObjectBusSubscribeConsumer(this, processor);
                    default ->
                        throw new IllegalArgumentException(
                                "only objectbus:set and objectbus:subscribe can be consumed, not objectbus:"
                                        + operation);
                };
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public ObjectBusComponent getComponent() {
        return (ObjectBusComponent) super.getComponent();
    }

    BusNode bus() {
        BusNode bus = getComponent().getBus();
        if (bus == null) {
            throw new IllegalStateException("the bus is not running");
        }
        return bus;
    }

    public ObjectBusOperation getOperation() {
        return operation;
    }

    /**
     * What the endpoint does: publish, describe, connection, stale, event, remove, recommand and forward produce; set
     * and subscribe consume.
     */
    public void setOperation(ObjectBusOperation operation) {
        this.operation = operation;
    }

    public ObjectBusConfiguration getConfiguration() {
        return configuration;
    }

    /** The endpoint's options. */
    public void setConfiguration(ObjectBusConfiguration configuration) {
        this.configuration = configuration;
    }
}
