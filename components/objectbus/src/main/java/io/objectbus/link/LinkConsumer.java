// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import io.objectbus.component.ObjectBusComponent;
import io.objectbus.component.ObjectBusConstants;
import io.objectbus.link.internal.Link;
import io.objectbus.link.internal.LinkMessage;
import io.objectbus.link.internal.LinkStatus;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;

/**
 * Runs the link while the route runs. What the far side sends becomes one exchange per message, with the headers of
 * {@code objectbus:forward}: the route usually ends there.
 */
public class LinkConsumer extends DefaultConsumer {

    private final LinkEndpoint endpoint;
    private Link link;

    public LinkConsumer(LinkEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ObjectBusComponent objectBus = endpoint.getComponent().objectBus();
        objectBus.start();
        link = new Link(
                LinkSpecs.of(endpoint.getName(), endpoint.getConfiguration(), objectBus),
                objectBus.getBus(),
                objectBus.getBroker(),
                endpoint.getComponent().seenIds(),
                this::deliver);
        link.start();
    }

    /**
     * When the node stops, the link only stops taking messages from the far node here: it still carries what the
     * adapters and the bus publish while they stop, and finishes with the component, after the bus. A route stopped
     * alone stops its link at once; its tap keeps what comes meanwhile for when it starts again.
     */
    @Override
    protected void doStop() throws Exception {
        if (link != null) {
            if (getEndpoint().getCamelContext().isStopping()) {
                link.stopReceiving();
                endpoint.getComponent().finishAfterTheBus(link);
            } else {
                link.stop();
            }
            link = null;
        }
        super.doStop();
    }

    /** The link's state and counters; null while stopped. */
    public LinkStatus status() {
        Link current = link;
        return current == null ? null : current.status();
    }

    private void deliver(LinkMessage m) {
        Exchange exchange = createExchange(true);
        try {
            Message message = exchange.getMessage();
            message.setBody(m.payload());
            message.setHeader(ObjectBusConstants.TOPIC, m.topic());
            message.setHeader(ObjectBusConstants.QOS, m.qos());
            message.setHeader(ObjectBusConstants.RESPONSE_TOPIC, m.responseTopic());
            message.setHeader(ObjectBusConstants.CORRELATION_DATA, m.correlationData());
            message.setHeader(ObjectBusConstants.PATH, m.path());
            message.setHeader(ObjectBusConstants.MESSAGE_ID, m.networkId());
            message.setHeader(ObjectBusConstants.CURRENT_STATE, m.currentState());
            getProcessor().process(exchange);
            if (exchange.getException() != null) {
                getExceptionHandler()
                        .handleException("a message from the far side failed", exchange, exchange.getException());
            }
        } catch (Exception e) {
            getExceptionHandler().handleException("a message from the far side failed", exchange, e);
        } finally {
            releaseExchange(exchange, false);
        }
    }
}
