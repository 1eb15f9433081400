// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua;

import io.objectbus.opcua.internal.OpcUaSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code opcua:} component: OPC UA servers browsed, subscribed to and written to, on Eclipse Milo's client. A
 * consumer runs one connection per name; producers of the same name act through it. It speaks OPC UA only: the
 * mapping to bus objects is the transform's.
 */
@Component("opcua")
public class OpcUaComponent extends DefaultComponent {

    @Metadata(description = "Default options for every endpoint of this component")
    private OpcUaConfiguration configuration = new OpcUaConfiguration();

    private final Map<String, OpcUaSession> sessions = new ConcurrentHashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        OpcUaEndpoint endpoint = new OpcUaEndpoint(uri, this, remaining, configuration.copy());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public OpcUaConfiguration getConfiguration() {
        return configuration;
    }

    /** Default options for every endpoint of this component. */
    public void setConfiguration(OpcUaConfiguration configuration) {
        this.configuration = configuration;
    }

    void register(String name, OpcUaSession session) {
        OpcUaSession previous = sessions.putIfAbsent(name, session);
        if (previous != null) {
            throw new IllegalStateException(
                    "an OPC UA adapter named " + name + " runs already; give each its own name");
        }
    }

    void unregister(String name, OpcUaSession session) {
        sessions.remove(name, session);
    }

    OpcUaSession session(String name) {
        OpcUaSession session = sessions.get(name);
        if (session == null) {
            throw new IllegalStateException("no OPC UA adapter named " + name + " is running");
        }
        return session;
    }
}
