// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.network;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the listener on one thread of its own, in order: a scan before the values that follow it, and never on the
 * port's receiving or dispatching thread, which the listener's work must not hold up.
 */
final class OrderedEvents implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OrderedEvents.class);

    private final NetworkListener listener;
    private final ExecutorService thread;

    OrderedEvents(NetworkListener listener, String name) {
        this.listener = listener;
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Completes once the listener was told; a listener that throws is logged, not passed on. */
    CompletableFuture<Void> deliver(Consumer<NetworkListener> event) {
        try {
            return CompletableFuture.runAsync(() -> tell(event), thread);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(null);
        }
    }

    private void tell(Consumer<NetworkListener> event) {
        try {
            event.accept(listener);
        } catch (RuntimeException e) {
            LOG.warn("BACnet network listener failed: {}", e.toString(), e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
