// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua;

import io.objectbus.node.opcua.internal.OpcUaSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;

/**
 * OPC UA servers as a Camel component: {@code from("opcua:plant?endpointUrl=...")} connects, browses and subscribes,
 * and {@code to("opcua:plant?operation=write")} writes through the same connection. The component speaks OPC UA only;
 * the mapping to bus objects is the transform's.
 */
public class OpcUaComponent extends DefaultComponent {

    private final Map<String, OpcUaSession> sessions = new ConcurrentHashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        OpcUaConfiguration configuration = new OpcUaConfiguration();
        OpcUaEndpoint endpoint = new OpcUaEndpoint(uri, this, remaining, configuration);
        // The configuration's options first: without generated configurers, reflection binds them there.
        setProperties((Object) configuration, parameters);
        setProperties(endpoint, parameters);
        return endpoint;
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
