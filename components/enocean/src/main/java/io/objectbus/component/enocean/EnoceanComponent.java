// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean;

import io.objectbus.component.enocean.internal.GatewayConnection;
import io.objectbus.component.enocean.internal.SerialTransportFactory;
import io.objectbus.component.enocean.internal.TcpTransportFactory;
import io.objectbus.component.enocean.internal.TransportFactory;
import io.objectbus.component.support.Backoff;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code enocean:} component: EnOcean Serial Protocol 3 to a serial or TCP gateway. Endpoints naming the same
 * gateway share one connection, opened with the options of the first endpoint that starts and closed when the last
 * one stops.
 */
@Component("enocean")
public class EnoceanComponent extends DefaultComponent {

    private record Shared(GatewayConnection connection, int users) {}

    private final Map<String, Shared> connections = new HashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        EnoceanConfiguration configuration = new EnoceanConfiguration();
        int colon = remaining.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(
                    "expected enocean:serial:<port> or enocean:tcp:<host>:<port>, got " + uri);
        }
        configuration.setTransport(EnoceanTransport.valueOf(remaining.substring(0, colon)));
        configuration.setAddress(remaining.substring(colon + 1));
        EnoceanEndpoint endpoint = new EnoceanEndpoint(uri, this, configuration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /**
     * The shared connection to the gateway of this configuration; its user starts it (start is idempotent) once it
     * listens, so a consumer hears the first state, connecting, before the first attempt can fail.
     */
    synchronized GatewayConnection acquire(EnoceanConfiguration configuration) {
        String key = configuration.gatewayKey();
        Shared shared = connections.get(key);
        GatewayConnection connection = shared != null ? shared.connection : open(configuration);
        connections.put(key, new Shared(connection, shared == null ? 1 : shared.users + 1));
        return connection;
    }

    /** Gives back a connection; the last user closes it. */
    synchronized void release(EnoceanConfiguration configuration) {
        String key = configuration.gatewayKey();
        Shared shared = connections.get(key);
        if (shared == null) {
            return;
        }
        if (shared.users <= 1) {
            connections.remove(key);
            shared.connection.stop();
        } else {
            connections.put(key, new Shared(shared.connection, shared.users - 1));
        }
    }

    @Override
    protected synchronized void doStop() throws Exception {
        connections.values().forEach(s -> s.connection.stop());
        connections.clear();
        super.doStop();
    }

    private static GatewayConnection open(EnoceanConfiguration c) {
        Backoff backoff = new Backoff(c.getReconnectDelay(), c.getMaxReconnectDelay());
        return new GatewayConnection(c.getAddress(), transportFactory(c), backoff);
    }

    private static TransportFactory transportFactory(EnoceanConfiguration c) {
        if (c.getTransport() == EnoceanTransport.serial) {
            return new SerialTransportFactory(c.getAddress(), c.getBaudRate());
        }
        int colon = c.getAddress().lastIndexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("tcp address must be host:port, got " + c.getAddress());
        }
        String host = c.getAddress().substring(0, colon);
        int port = Integer.parseInt(c.getAddress().substring(colon + 1));
        return new TcpTransportFactory(host, port, (int) c.getConnectTimeout());
    }
}
