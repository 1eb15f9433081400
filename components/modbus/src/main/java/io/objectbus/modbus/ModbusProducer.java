// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus;

import io.objectbus.modbus.internal.ModbusErrors;
import io.objectbus.modbus.internal.ModbusSession;
import io.objectbus.modbus.model.ModbusWrite;
import java.util.concurrent.TimeoutException;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the body (a ModbusWrite) through an adapter's connection. The exchange completes when the device confirms;
 * it fails with the Modbus exception's name when the device refuses, and with a TimeoutException when it does not
 * answer, which the bus answers as failed and timeout.
 */
public class ModbusProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(ModbusProducer.class);

    private final ModbusEndpoint endpoint;

    public ModbusProducer(ModbusEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        ModbusWrite write = exchange.getMessage().getBody(ModbusWrite.class);
        if (write == null) {
            callback.done(true);
            return true;
        }
        try {
            ModbusSession session = endpoint.getComponent().session(endpoint.getName());
            session.write(write.register(), write.value()).whenComplete((ok, error) -> {
                if (error != null) {
                    exchange.setException(failure(write, error, session.timeout()));
                }
                callback.done(false);
            });
            return false;
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
    }

    private Exception failure(ModbusWrite write, Throwable error, long timeout) {
        String what = "Modbus write of " + write.value() + " to " + write.target() + " (" + write.register() + ")";
        if (ModbusErrors.isTimeout(error)) {
            LOG.warn("Adapter {}: {} timed out", endpoint.getName(), what);
            return new TimeoutException(what + ": no answer within " + timeout + " ms");
        }
        String reason = ModbusErrors.isExceptionResponse(error)
                ? "the device refused it: " + ModbusErrors.describe(error)
                : ModbusErrors.describe(error);
        LOG.warn("Adapter {}: {} failed: {}", endpoint.getName(), what, reason);
        return new ModbusWriteException(what + " failed: " + reason);
    }
}
