// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import io.objectbus.broker.Glob;
import io.objectbus.bus.WriteCommand;
import io.objectbus.model.ObjectDescriptor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;

/**
 * Receives the writes for the objects it owns: each is an exchange whose body is the {@link WriteCommand}; the write
 * counts as applied when the exchange completes without an exception, as failed when it ends with one.
 */
public class ObjectBusConsumer extends DefaultConsumer {

    private final ObjectBusEndpoint endpoint;
    private Runnable unregister;

    public ObjectBusConsumer(ObjectBusEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        unregister = endpoint.bus().onWrite(filter(endpoint.getConfiguration()), this::apply);
    }

    @Override
    protected void doStop() throws Exception {
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
        super.doStop();
    }

    private CompletionStage<Void> apply(WriteCommand command) {
        Exchange exchange = createExchange(true);
        WriteExchanges.fill(exchange.getMessage(), command);
        CompletableFuture<Void> done = new CompletableFuture<>();
        getAsyncProcessor().process(exchange, doneSync -> {
            WriteExchanges.settle(exchange, done);
            releaseExchange(exchange, true);
        });
        return done;
    }

    static Predicate<ObjectDescriptor> filter(ObjectBusConfiguration config) {
        Predicate<ObjectDescriptor> filter = o -> true;
        if (config.getObject() != null) {
            Predicate<String> glob = Glob.of(config.getObject());
            filter = filter.and(o -> glob.test(o.id()));
        }
        if (config.getProtocol() != null) {
            filter = filter.and(o -> config.getProtocol().equals(o.protocol()));
        }
        return filter;
    }
}
