// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus;

import io.objectbus.modbus.internal.ModbusSession;
import io.objectbus.modbus.model.ModbusReading;
import io.objectbus.modbus.model.RegisterMap;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;

/**
 * Runs an adapter's connection and hands the route what happens on it, told apart by the {@code ModbusEvent} header:
 * connecting (with the register map), up, values, lost.
 */
public class ModbusConsumer extends DefaultConsumer implements ModbusSession.Listener {

    private final ModbusEndpoint endpoint;
    private final RegisterMap map;
    private ModbusSession session;

    public ModbusConsumer(ModbusEndpoint endpoint, Processor processor, RegisterMap map) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.map = map;
    }

    /**
     * Hands the route the register map before anything else, on the starting thread: a map the route cannot take (an
     * entry whose meaning does not read) fails the route's start, so that the route file is reported with the reason.
     */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        Exchange connecting = event(ModbusConstants.CONNECTING, map);
        getProcessor().process(connecting);
        Exception failure = connecting.getException();
        releaseExchange(connecting, false);
        if (failure != null) {
            throw new IllegalArgumentException(
                    "Modbus adapter " + endpoint.getName() + ": " + failure.getMessage(), failure);
        }
        session = new ModbusSession(
                endpoint.getName(), endpoint.getConfiguration().copy(), map, this);
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
    public void up() {
        emit(ModbusConstants.UP, null);
    }

    @Override
    public void values(List<ModbusReading> readings) {
        emit(ModbusConstants.VALUES, readings);
    }

    @Override
    public void lost(String reason) {
        emit(ModbusConstants.LOST, reason);
    }

    private Exchange event(String event, Object body) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setHeader(ModbusConstants.EVENT, event);
        exchange.getMessage().setHeader(ModbusConstants.ADAPTER, endpoint.getName());
        exchange.getMessage().setBody(body);
        return exchange;
    }

    private void emit(String event, Object body) {
        Exchange exchange = event(event, body);
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            getExceptionHandler()
                    .handleException(
                            "Modbus adapter " + endpoint.getName() + ": " + event, exchange, exchange.getException());
        }
        releaseExchange(exchange, false);
    }
}
