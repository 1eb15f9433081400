// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua;

import io.objectbus.opcua.internal.OpcUaSession;
import io.objectbus.opcua.model.UaAddressSpace;
import io.objectbus.opcua.model.UaValue;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;

/**
 * Runs an adapter's connection and hands the route what happens on it: a browse result, values, or the loss of the
 * connection, told apart by the {@code OpcUaEvent} header.
 */
public class OpcUaConsumer extends DefaultConsumer implements OpcUaSession.Listener {

    private final OpcUaEndpoint endpoint;
    private OpcUaSession session;

    public OpcUaConsumer(OpcUaEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        session =
                new OpcUaSession(endpoint.getName(), endpoint.getConfiguration().copy(), this);
        endpoint.getComponent().register(endpoint.getName(), session);
        session.start();
    }

    @Override
    protected void doStop() throws Exception {
        if (session != null) {
            endpoint.getComponent().unregister(endpoint.getName(), session);
            session.stop();
            session = null;
        }
        super.doStop();
    }

    @Override
    public void connecting(String reason) {
        emit(OpcUaConstants.CONNECTING, reason);
    }

    @Override
    public void browsed(UaAddressSpace space) {
        emit(OpcUaConstants.BROWSED, space);
    }

    @Override
    public void values(List<UaValue> values) {
        emit(OpcUaConstants.VALUES, values);
    }

    @Override
    public void lost(String reason) {
        emit(OpcUaConstants.LOST, reason);
    }

    private void emit(String event, Object body) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setHeader(OpcUaConstants.EVENT, event);
        exchange.getMessage().setHeader(OpcUaConstants.ADAPTER, endpoint.getName());
        exchange.getMessage().setBody(body);
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            getExceptionHandler()
                    .handleException(
                            "OPC UA adapter " + endpoint.getName() + ": " + event, exchange, exchange.getException());
        }
        releaseExchange(exchange, false);
    }
}
