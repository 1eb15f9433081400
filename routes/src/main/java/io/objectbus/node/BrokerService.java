// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.broker.ListenerNotStartedException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.support.LifecycleStrategySupport;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The embedded broker as a service of the Camel context. The broker starts early, on a thread of its own, while Camel
 * goes on configuring the node and creating its routes; the context waits for it before it starts its components, so
 * the bus still finds a running broker (or the context fails to start with the broker's own error).
 */
final class BrokerService extends ServiceSupport {

    private final EmbeddedBroker broker;
    private final CompletableFuture<Void> started = new CompletableFuture<>();

    BrokerService(EmbeddedBroker broker) {
        this.broker = broker;
    }

    /** Starts the broker in the background; the context's start waits for it. */
    void startEarly(CamelContext context) {
        context.addLifecycleStrategy(new AwaitBroker());
        Thread thread = new Thread(
                () -> {
                    try {
                        broker.start();
                        started.complete(null);
                    } catch (Throwable e) {
                        started.completeExceptionally(e);
                    }
                },
                "objectbus-broker-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** Has the context's start wait for the broker before the components start. */
    private final class AwaitBroker extends LifecycleStrategySupport {

        @Override
        public void onContextStarting(CamelContext context) {
            awaitStarted();
        }

        @Override
        public String toString() {
            return "the embedded broker's start";
        }
    }

    /** Returns once the broker runs; throws its start failure otherwise. */
    void awaitStarted() {
        try {
            started.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeCamelException("interrupted while the broker was starting", e);
        } catch (ExecutionException e) {
            throw startFailure(e.getCause());
        }
    }

    private static RuntimeException startFailure(Throwable failure) {
        if (failure instanceof ListenerNotStartedException listener) {
            String setting = "objectbus.broker."
                    + switch (listener.listener()) {
                        case MQTT -> "mqtt-port";
                        case WEBSOCKET -> "ws-port";
                        case TLS -> "tls-port";
                    };
            String variable = setting.replaceAll("[.-]", "_").toUpperCase(Locale.ROOT);
            return new NodeStartException(listener.getMessage() + "; set " + setting + " or " + variable, failure);
        }
        return RuntimeCamelException.wrapRuntimeException(failure);
    }

    /** The early start's outcome, then a start after a stop of the context. */
    @Override
    protected void doStart() throws Exception {
        awaitStarted();
        broker.start();
    }

    @Override
    protected void doStop() throws Exception {
        broker.stop();
    }
}
