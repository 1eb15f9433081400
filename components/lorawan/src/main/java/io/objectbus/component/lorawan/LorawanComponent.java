// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan;

import io.objectbus.component.lorawan.internal.NetworkServer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code lorawan:} component: a LoRaWAN 1.0.x network server for gateways running the Semtech UDP packet
 * forwarder. A consumer runs the server of its name; producers of the same name queue downlinks through it.
 */
@Component("lorawan")
public class LorawanComponent extends DefaultComponent {

    @Metadata(label = "advanced", description = "Options the endpoints start from.")
    private LorawanConfiguration configuration = new LorawanConfiguration();

    private final Map<String, NetworkServer> servers = new ConcurrentHashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (remaining == null || remaining.isBlank()) {
            throw new IllegalArgumentException("expected lorawan:<name>, got " + uri);
        }
        LorawanConfiguration copy = configuration.copy();
        copy.setName(remaining);
        LorawanEndpoint endpoint = new LorawanEndpoint(uri, this, copy);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public LorawanConfiguration getConfiguration() {
        return configuration;
    }

    /** Options the endpoints start from. */
    public void setConfiguration(LorawanConfiguration configuration) {
        this.configuration = configuration;
    }

    /** Registers the running server of a name; a second one of the same name is refused. */
    void register(String name, NetworkServer server) {
        if (servers.putIfAbsent(name, server) != null) {
            throw new IllegalStateException("a LoRaWAN network server named " + name + " is already running");
        }
    }

    void unregister(String name, NetworkServer server) {
        servers.remove(name, server);
    }

    /** The running server of a name, or null. */
    public NetworkServer server(String name) {
        return servers.get(name);
    }
}
