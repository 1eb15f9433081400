// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali;

import io.objectbus.component.dali.internal.BusTiming;
import io.objectbus.component.dali.internal.DaliBus;
import io.objectbus.component.dali.internal.DaliServerTransport;
import io.objectbus.component.dali.internal.HelvarNetTransport;
import io.objectbus.component.dali.internal.LunatoneTransport;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code dali:} component: a DALI lighting bus (IEC 62386) through a gateway. Endpoints naming the same gateway
 * share one bus with one command queue, opened with the options of the first endpoint that starts and closed when
 * the last one stops.
 */
@Component("dali")
public class DaliComponent extends DefaultComponent {

    private record Shared(DaliBus bus, int users) {}

    private final Map<String, Shared> buses = new HashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        int colon = remaining.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(
                    "expected dali:<daliserver|helvarnet|lunatone>:<host>:<port>, got " + uri);
        }
        DaliConfiguration configuration = new DaliConfiguration();
        configuration.setGateway(DaliGateway.valueOf(remaining.substring(0, colon)));
        configuration.setAddress(remaining.substring(colon + 1));
        DaliEndpoint endpoint = new DaliEndpoint(uri, this, configuration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** The shared bus of this configuration's gateway, started on first use. */
    synchronized DaliBus acquire(DaliConfiguration configuration) {
        String key = configuration.busKey();
        Shared shared = buses.get(key);
        DaliBus bus = shared != null ? shared.bus : open(configuration);
        buses.put(key, new Shared(bus, shared == null ? 1 : shared.users + 1));
        return bus;
    }

    /** Gives a bus back; the last user stops it. */
    synchronized void release(DaliConfiguration configuration) {
        String key = configuration.busKey();
        Shared shared = buses.get(key);
        if (shared == null) {
            return;
        }
        if (shared.users <= 1) {
            buses.remove(key);
            shared.bus.stop();
        } else {
            buses.put(key, new Shared(shared.bus, shared.users - 1));
        }
    }

    @Override
    protected synchronized void doStop() throws Exception {
        buses.values().forEach(s -> s.bus.stop());
        buses.clear();
        super.doStop();
    }

    private static DaliBus open(DaliConfiguration c) {
        DaliBus bus = new DaliBus(
                transport(c),
                new BusTiming(c.getFrameGap(), 20),
                c.getQueueCapacity(),
                c.getReconnectDelay(),
                c.getMaxReconnectDelay());
        bus.start();
        return bus;
    }

    private static GatewayTransport transport(DaliConfiguration c) {
        int colon = c.getAddress().lastIndexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("the gateway address must be host:port, got " + c.getAddress());
        }
        String host = c.getAddress().substring(0, colon);
        int port = Integer.parseInt(c.getAddress().substring(colon + 1));
        int connect = (int) c.getConnectTimeout();
        int answer = (int) c.getAnswerTimeout();
        return switch (c.getGateway()) {
            case daliserver -> new DaliServerTransport(host, port, connect, answer);
            case helvarnet -> new HelvarNetTransport(host, port, c.getHelvarnetSubnet(), connect, answer);
            case lunatone -> new LunatoneTransport(host, port, connect, answer);
        };
    }
}
