// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus;

import io.objectbus.modbus.model.RegisterMap;
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
 * Reach a Modbus device: a consumer connects, polls the register map and reconnects by itself; producers of the
 * same name write entries of that map through its connection.
 */
@UriEndpoint(
        firstVersion = "0.1.0",
        scheme = "modbus",
        title = "Modbus TCP client",
        syntax = "modbus:name",
        category = {Category.IOT},
        headersClass = ModbusConstants.class)
public class ModbusEndpoint extends DefaultEndpoint {

    @UriPath
    @Metadata(
            required = true,
            description = "The connection's name: one connection per name, run by its consumer and shared by the"
                    + " producers of the same name.")
    private final String name;

    @UriParam
    private final ModbusConfiguration configuration;

    private RegisterMap map;

    public ModbusEndpoint(String uri, ModbusComponent component, String name, ModbusConfiguration configuration) {
        super(uri, component);
        this.name = name;
        this.configuration = configuration;
    }

    @Override
    public ModbusComponent getComponent() {
        return (ModbusComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new ModbusProducer(this);
    }

    /** A register map that does not read fails the endpoint as it is made, before any route starts. */
    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (configuration.getRegisters() != null) {
            map = RegisterMap.parse(configuration.getRegisters());
        }
    }

    /** @throws IllegalArgumentException without a host or a register map */
    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (configuration.getHost() == null || configuration.getHost().isBlank()) {
            throw new IllegalArgumentException("modbus:" + name + " needs a host");
        }
        if (map == null) {
            map = RegisterMap.parse(configuration.getRegisters());
        }
        ModbusConsumer consumer = new ModbusConsumer(this, processor, map);
        configureConsumer(consumer);
        return consumer;
    }

    public String getName() {
        return name;
    }

    public ModbusConfiguration getConfiguration() {
        return configuration;
    }
}
