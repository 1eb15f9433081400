// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua;

import io.objectbus.opcua.internal.OpcUaSession;
import io.objectbus.opcua.internal.UaErrors;
import io.objectbus.opcua.model.UaStatus;
import io.objectbus.opcua.model.UaWrite;
import java.util.List;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts through an adapter's connection. A write completes when the server answers; a status code other than good
 * fails the exchange with the code in the message, which the bus returns to the writer as the reason.
 */
public class OpcUaProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(OpcUaProducer.class);

    private final OpcUaEndpoint endpoint;

    public OpcUaProducer(OpcUaEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            OpcUaSession session = endpoint.getComponent().session(endpoint.getName());
            switch (endpoint.getOperation()) {
                case write -> {
                    return write(session, exchange, callback);
                }
                case monitor -> session.monitor(nodes(exchange));
                case browse -> session.browseNow();
            }
        } catch (RuntimeException e) {
            exchange.setException(e);
        }
        callback.done(true);
        return true;
    }

    @SuppressWarnings("unchecked")
    private static List<NodeId> nodes(Exchange exchange) {
        List<NodeId> nodes = exchange.getMessage().getBody(List.class);
        if (nodes == null) {
            throw new IllegalArgumentException("monitor needs a List of NodeId as body");
        }
        return nodes;
    }

    private boolean write(OpcUaSession session, Exchange exchange, AsyncCallback callback) {
        UaWrite write = exchange.getMessage().getBody(UaWrite.class);
        if (write == null) {
            callback.done(true);
            return true;
        }
        session.write(write.nodeId(), write.value()).whenComplete((status, error) -> {
            String problem = error != null
                    ? "OPC UA write to " + write.target() + " failed: " + UaErrors.describe(error)
                    : status.isGood()
                            ? null
                            : "OPC UA server refused the write to " + write.target() + ": " + UaStatus.describe(status);
            if (problem != null) {
                LOG.warn("Adapter {}: {}", endpoint.getName(), problem);
                exchange.setException(new OpcUaWriteException(problem));
            }
            callback.done(false);
        });
        return false;
    }
}
