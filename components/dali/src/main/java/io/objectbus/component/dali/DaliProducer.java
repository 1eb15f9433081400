// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali;

import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.internal.DaliBus;
import java.util.Locale;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Queues the exchange's command on the bus and completes the exchange when it went out: body the answer (Integer)
 * or null, headers {@link DaliConstants#ANSWER}, {@link DaliConstants#QUEUE_DEPTH} and {@link DaliConstants#MERGED}.
 * A full queue, a lost gateway or a missed send-twice window fail the exchange with a {@link DaliException}. The
 * caller's thread never waits for the bus.
 */
public class DaliProducer extends DefaultAsyncProducer {

    private DaliBus bus;

    public DaliProducer(DaliEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public DaliEndpoint getEndpoint() {
        return (DaliEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        bus = getEndpoint().acquireBus();
    }

    @Override
    protected void doStop() throws Exception {
        if (bus != null) {
            getEndpoint().releaseBus();
            bus = null;
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        DaliRequest request;
        try {
            request = DaliRequest.of(exchange.getIn());
        } catch (IllegalArgumentException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        DaliBus.Queued queued = bus.submit(request.frames(), request.mergeKey());
        exchange.getMessage().setHeader(DaliConstants.QUEUE_DEPTH, queued.ahead());
        exchange.getMessage().setHeader(DaliConstants.MERGED, queued.merged());
        queued.result().whenComplete((answer, failure) -> {
            if (failure != null) {
                exchange.setException(failure);
            } else {
                reply(exchange, answer);
            }
            callback.done(false);
        });
        return false;
    }

    private static void reply(Exchange exchange, BackwardFrame answer) {
        exchange.getMessage()
                .setHeader(DaliConstants.ANSWER, answer.kind().name().toLowerCase(Locale.ROOT));
        exchange.getMessage().setBody(answer.isAnswer() ? answer.value() : null);
    }
}
