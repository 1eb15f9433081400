// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/** One adapter's endpoint: the consumer runs the connection, producers act through it. */
@UriEndpoint(
        scheme = "opcua",
        title = "OPC UA adapter",
        syntax = "opcua:name",
        category = {Category.IOT},
        headersClass = OpcUaConstants.class)
public class OpcUaEndpoint extends DefaultEndpoint {

    /** What a producer does. */
    public enum Operation {
        /** Write the body, a UaWrite; a body of null writes nothing. */
        write,
        /** Monitor the Variables of the body, a List of NodeId, from now on. */
        monitor,
        /** Browse now. */
        browse
    }

    @UriPath(description = "The adapter's name: one connection per name, shared by its consumer and producers.")
    @Metadata(required = true)
    private final String name;

    @UriParam
    private final OpcUaConfiguration configuration;

    @UriParam(label = "producer", defaultValue = "write", description = "What a producer does: write, monitor, browse.")
    private Operation operation = Operation.write;

    public OpcUaEndpoint(String uri, OpcUaComponent component, String name, OpcUaConfiguration configuration) {
        super(uri, component);
        this.name = name;
        this.configuration = configuration;
    }

    @Override
    public OpcUaComponent getComponent() {
        return (OpcUaComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new OpcUaProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (configuration.getEndpointUrl() == null
                || configuration.getEndpointUrl().isBlank()) {
            throw new IllegalArgumentException("opcua:" + name + " needs an endpointUrl (opc.tcp://host:port)");
        }
        OpcUaConsumer consumer = new OpcUaConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    public String getName() {
        return name;
    }

    public OpcUaConfiguration getConfiguration() {
        return configuration;
    }

    public Operation getOperation() {
        return operation;
    }

    /** What a producer does: write, monitor, browse. */
    public void setOperation(Operation operation) {
        this.operation = operation;
    }
}
