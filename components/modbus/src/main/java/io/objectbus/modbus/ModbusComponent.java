// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus;

import io.objectbus.modbus.internal.ModbusSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code modbus:} component: Modbus TCP devices (and RTU devices behind a TCP gateway) polled by register map
 * and written to, on digitalpetri modbus. A consumer runs one connection per name; producers of the same name write
 * through it. It speaks Modbus only: the mapping to bus objects is the transform's.
 */
@Component("modbus")
public class ModbusComponent extends DefaultComponent {

    @Metadata(description = "Default options for every endpoint of this component")
    private ModbusConfiguration configuration = new ModbusConfiguration();

    private final Map<String, ModbusSession> sessions = new ConcurrentHashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        ModbusEndpoint endpoint = new ModbusEndpoint(uri, this, remaining, configuration.copy());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public ModbusConfiguration getConfiguration() {
        return configuration;
    }

    /** Default options for every endpoint of this component. */
    public void setConfiguration(ModbusConfiguration configuration) {
        this.configuration = configuration;
    }

    void register(String name, ModbusSession session) {
        ModbusSession previous = sessions.putIfAbsent(name, session);
        if (previous != null) {
            throw new IllegalStateException("a Modbus adapter named " + name + " runs already; give each its own name");
        }
    }

    void unregister(String name, ModbusSession session) {
        sessions.remove(name, session);
    }

    ModbusSession session(String name) {
        ModbusSession session = sessions.get(name);
        if (session == null) {
            throw new IllegalStateException("no Modbus adapter named " + name + " is running");
        }
        return session;
    }
}
