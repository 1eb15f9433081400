// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua;

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
 * Reach OPC UA servers: a consumer connects, browses the address space below its roots and subscribes to the
 * Variables its route asks for, reconnecting by itself; producers of the same name write, monitor and browse through
 * that connection.
 */
@UriEndpoint(
        firstVersion = "0.1.0",
        scheme = "opcua",
        title = "OPC UA client",
        syntax = "opcua:name",
        category = {Category.IOT},
        headersClass = OpcUaConstants.class)
public class OpcUaEndpoint extends DefaultEndpoint {

    @UriPath
    @Metadata(
            required = true,
            description = "The connection's name: one connection per name, run by its consumer and shared by the"
                    + " producers of the same name.")
    private final String name;

    @UriParam
    private final OpcUaConfiguration configuration;

    @UriParam(label = "producer", defaultValue = "write")
    private OpcUaOperation operation = OpcUaOperation.write;

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

    public OpcUaOperation getOperation() {
        return operation;
    }

    /** What a producer does: write the body (a UaWrite), monitor the Variables of the body (a List of NodeId), or browse now. */
    public void setOperation(OpcUaOperation operation) {
        this.operation = operation;
    }
}
