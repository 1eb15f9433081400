// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali;

import io.objectbus.component.dali.frame.EventMessage;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.FrameException;
import io.objectbus.component.dali.internal.DaliBus;
import io.objectbus.component.dali.internal.LinkState;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emits one exchange per input device event message the gateway saw on the bus (body an {@link EventMessage}); with
 * {@code connectionEvents} also the state of the link to the gateway, body and header
 * {@link DaliConstants#CONNECTION} connecting, up or down. Exchanges run on the consumer's own thread, in arrival
 * order: a slow route never holds up the bus's queue, and the first state does not wait for the route to start.
 */
public class DaliConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(DaliConsumer.class);

    private final Consumer<ForwardFrame> frames = f -> dispatch(() -> onFrame(f));
    private final Consumer<LinkState> states = s -> dispatch(() -> onState(s));
    private DaliBus bus;
    private ExecutorService dispatcher;

    public DaliConsumer(DaliEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public DaliEndpoint getEndpoint() {
        return (DaliEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        dispatcher = getEndpoint()
                .getCamelContext()
                .getExecutorServiceManager()
                .newSingleThreadExecutor(
                        this,
                        "dali-consumer-" + getEndpoint().getConfiguration().getAddress());
        bus = getEndpoint().acquireBus();
        bus.addFrameListener(frames);
        if (getEndpoint().getConfiguration().isConnectionEvents()) {
            bus.addStateListener(states);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (bus != null) {
            bus.removeFrameListener(frames);
            bus.removeStateListener(states);
            getEndpoint().releaseBus();
            bus = null;
        }
        if (dispatcher != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdown(dispatcher);
            dispatcher = null;
        }
        super.doStop();
    }

    private void dispatch(Runnable work) {
        ExecutorService d = dispatcher;
        if (d != null && !d.isShutdown()) {
            d.execute(work);
        }
    }

    private void onFrame(ForwardFrame frame) {
        EventMessage event;
        try {
            event = EventMessage.Serializer.decode(frame);
        } catch (FrameException e) {
            LOG.debug("Not an event message, ignored: {}", e.getMessage());
            return;
        }
        Exchange exchange = createExchange(true);
        exchange.getIn().setBody(event);
        exchange.getIn().setHeader(DaliConstants.INSTANCE_TYPE, event.instanceType());
        exchange.getIn().setHeader(DaliConstants.SHORT_ADDRESS, event.shortAddress());
        process(exchange);
    }

    private void onState(LinkState state) {
        Exchange exchange = createExchange(true);
        exchange.getIn().setBody(state.state());
        exchange.getIn().setHeader(DaliConstants.CONNECTION, state.state());
        exchange.getIn().setHeader(DaliConstants.REASON, state.reason());
        process(exchange);
    }

    private void process(Exchange exchange) {
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            getExceptionHandler().handleException("Error processing DALI exchange", exchange, exchange.getException());
        }
        releaseExchange(exchange, false);
    }
}
