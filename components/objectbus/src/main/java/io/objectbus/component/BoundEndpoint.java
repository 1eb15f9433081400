// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import java.util.concurrent.CompletableFuture;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ExtendedStartupListener;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;

/**
 * An endpoint a describing route names for its objects ({@code writeUri}, {@code commandUri}), reached through a
 * producer that lives as long as the describing route's producer.
 */
abstract class BoundEndpoint extends ServiceSupport {

    private final CamelContext context;
    private final String uri;
    private final Endpoint from;
    private AsyncProducer producer;
    private Endpoint endpoint;

    /** @param from the describe endpoint: writes are its exchanges, which the route lifecycle does not count. */
    BoundEndpoint(CamelContext context, String uri, Endpoint from) {
        this.context = context;
        this.uri = uri;
        this.from = from;
    }

    @Override
    protected void doStart() throws Exception {
        if (context.isStarted()) {
            open();
            return;
        }
        // A route (a kamelet's) that the endpoint makes while the context starts would be added but never started.
        context.addStartupListener(new ExtendedStartupListener() {
            @Override
            public void onCamelContextStarted(CamelContext started, boolean alreadyStarted) {}

            @Override
            public void onCamelContextFullyStarted(CamelContext started, boolean alreadyStarted) throws Exception {
                if (isStarted() && producer == null) {
                    open();
                }
            }
        });
    }

    private synchronized void open() throws Exception {
        Endpoint endpoint = context.getEndpoint(uri);
        failFastWithoutConsumer(endpoint);
        AsyncProducer created = endpoint.createAsyncProducer();
        ServiceHelper.startService(created);
        producer = created;
        this.endpoint = endpoint;
    }

    /**
     * A kamelet or direct producer whose route is not running waits for a consumer (30 s by default), on the thread
     * that delivered the write: the broker's. Without waiting, the write fails at once.
     */
    private void failFastWithoutConsumer(Endpoint endpoint) {
        PropertyBindingSupport.build()
                .withCamelContext(context)
                .withTarget(endpoint)
                .withProperty("block", false)
                .withMandatory(false)
                .bind();
    }

    /**
     * Also forgets the endpoint: Camel would hand the next start the same kamelet endpoint, whose route a reload of the
     * adapter's file has removed with the file; a new endpoint makes the write route again.
     */
    @Override
    protected synchronized void doStop() throws Exception {
        ServiceHelper.stopAndShutdownService(producer);
        producer = null;
        if (endpoint != null) {
            context.removeEndpoint(endpoint);
            endpoint = null;
        }
    }

    /** A new exchange of the describing route's endpoint, which the route lifecycle does not count. */
    protected Exchange createExchange() {
        return from.createExchange();
    }

    /**
     * Sends the exchange; completes when it is done, exceptionally with its exception.
     *
     * @param what what the exchange does, for the reason when the endpoint is stopped (e.g. "the write route")
     */
    protected CompletableFuture<Exchange> send(Exchange exchange, String objectId, String what) {
        AsyncProducer target = producer;
        if (target == null || !isStarted()) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException("the adapter of " + objectId + " is stopped"));
        }
        CompletableFuture<Exchange> done = new CompletableFuture<>();
        target.process(exchange, doneSync -> settle(exchange, objectId, what, done));
        return done;
    }

    private static void settle(Exchange exchange, String objectId, String what, CompletableFuture<Exchange> done) {
        Exception error = exchange.getException();
        // DirectConsumerNotAvailableException, KameletConsumerNotAvailableException: no route takes the exchange.
        if (error != null && error.getClass().getSimpleName().endsWith("ConsumerNotAvailableException")) {
            error = new IllegalStateException(what + " of " + objectId + " is not running", error);
        }
        if (error == null) {
            done.complete(exchange);
        } else {
            done.completeExceptionally(error);
        }
    }
}
