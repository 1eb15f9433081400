// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan;

import io.objectbus.component.lorawan.internal.EventLanes;
import io.objectbus.component.lorawan.internal.NetworkListener;
import io.objectbus.component.lorawan.internal.NetworkServer;
import java.io.IOException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;

/**
 * Runs the network server of its name and emits one exchange per event (header {@link LorawanConstants#EVENT}):
 * uplink, join, gateway, stats, error. The route runs on {@link LorawanConfiguration#getRouteThreads()} threads of its
 * own, off the server's thread: a device's events (uplinks, join) reach it in arrival order, as do a gateway's.
 */
public class LorawanConsumer extends DefaultConsumer implements NetworkListener {

    /** Waiting events per route thread before the server's thread waits for room. */
    private static final int LANE_CAPACITY = 10_000;

    private NetworkServer server;
    private EventLanes lanes;

    public LorawanConsumer(LorawanEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public LorawanEndpoint getEndpoint() {
        return (LorawanEndpoint) super.getEndpoint();
    }

    /** The UDP port the server listens on (useful with port 0); -1 without the packet forwarder transport. */
    public int port() {
        return server.port();
    }

    /** The TCP port of the Basics Station server (useful with stationPort 0); -1 without it. */
    public int stationPort() {
        return server.stationPort();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        LorawanConfiguration c = getEndpoint().getConfiguration();
        lanes = new EventLanes(c.getName(), c.getRouteThreads(), LANE_CAPACITY);
        try {
            server = NetworkServer.start(c.getName(), c.serverSettings(), this);
        } catch (IOException | RuntimeException e) {
            lanes.close();
            throw e;
        }
        try {
            getEndpoint().getComponent().register(c.getName(), server);
        } catch (IllegalStateException e) {
            server.close();
            throw e;
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (server != null) {
            getEndpoint()
                    .getComponent()
                    .unregister(getEndpoint().getConfiguration().getName(), server);
            server.close();
            server = null;
        }
        if (lanes != null) {
            lanes.close();
            lanes = null;
        }
        super.doStop();
    }

    @Override
    public void onUplink(Uplink u) {
        Exchange exchange = event(LorawanConstants.UPLINK, u.payload());
        Message in = exchange.getIn();
        in.setHeader(LorawanConstants.DEV_EUI, u.devEui());
        in.setHeader(LorawanConstants.DEV_ADDR, u.devAddr());
        in.setHeader(LorawanConstants.FCNT, u.fCnt());
        in.setHeader(LorawanConstants.FPORT, u.fPort());
        in.setHeader(LorawanConstants.CONFIRMED, u.confirmed());
        in.setHeader(LorawanConstants.ACK, u.ack());
        in.setHeader(LorawanConstants.GATEWAY_EUI, u.best().gatewayEui());
        in.setHeader(LorawanConstants.GATEWAY_COUNT, u.receptions().size());
        in.setHeader(LorawanConstants.RSSI, u.best().rssi());
        in.setHeader(LorawanConstants.SNR, u.best().snr());
        in.setHeader(LorawanConstants.FREQUENCY, u.best().frequency());
        in.setHeader(LorawanConstants.DATA_RATE, u.best().dataRate());
        in.setHeader(LorawanConstants.RECEPTIONS, u.receptions());
        process(u.devEui(), exchange);
    }

    @Override
    public void onJoin(String devEui, String devAddr, String gatewayEui) {
        Exchange exchange = event(LorawanConstants.JOIN, devAddr);
        exchange.getIn().setHeader(LorawanConstants.DEV_EUI, devEui);
        exchange.getIn().setHeader(LorawanConstants.DEV_ADDR, devAddr);
        exchange.getIn().setHeader(LorawanConstants.GATEWAY_EUI, gatewayEui);
        process(devEui, exchange);
    }

    @Override
    public void onGateway(String gatewayEui, boolean up, String reason) {
        Exchange exchange = event(LorawanConstants.GATEWAY, up ? "up" : "down");
        exchange.getIn().setHeader(LorawanConstants.GATEWAY_EUI, gatewayEui);
        exchange.getIn().setHeader(LorawanConstants.REASON, reason);
        process(gatewayEui, exchange);
    }

    @Override
    public void onStats(String gatewayEui, String statJson) {
        Exchange exchange = event(LorawanConstants.STATS, statJson);
        exchange.getIn().setHeader(LorawanConstants.GATEWAY_EUI, gatewayEui);
        process(gatewayEui, exchange);
    }

    @Override
    public void onError(String reason, String gatewayEui, long errorCount, byte[] data) {
        Exchange exchange = event(LorawanConstants.ERROR, data);
        exchange.getIn().setHeader(LorawanConstants.REASON, reason);
        exchange.getIn().setHeader(LorawanConstants.ERROR_COUNT, errorCount);
        if (gatewayEui != null) {
            exchange.getIn().setHeader(LorawanConstants.GATEWAY_EUI, gatewayEui);
        }
        process(gatewayEui, exchange);
    }

    private Exchange event(String kind, Object body) {
        Exchange exchange = createExchange(true);
        exchange.getIn().setBody(body);
        exchange.getIn().setHeader(LorawanConstants.EVENT, kind);
        return exchange;
    }

    /** On the lane of the key, after its earlier events; waits while that lane is full. */
    private void process(String key, Exchange exchange) {
        lanes.run(key, () -> process(exchange));
    }

    private void process(Exchange exchange) {
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            getExceptionHandler()
                    .handleException("Error processing LoRaWAN exchange", exchange, exchange.getException());
        }
        releaseExchange(exchange, false);
    }
}
