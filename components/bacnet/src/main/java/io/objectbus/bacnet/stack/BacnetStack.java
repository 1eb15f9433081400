// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.stack;

import io.objectbus.bacnet.client.BacnetClient;
import io.objectbus.bacnet.internal.Apdu;
import io.objectbus.bacnet.internal.transport.ConfirmedHandler;
import io.objectbus.bacnet.internal.transport.ForeignRegistration;
import io.objectbus.bacnet.internal.transport.Transactions;
import io.objectbus.bacnet.internal.transport.UdpTransport;
import io.objectbus.bacnet.internal.transport.UnconfirmedListener;
import io.objectbus.bacnet.model.BacnetAddress;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One BACnet/IP port: the UDP transport, the client transactions, and the dispatch of requests to a
 * {@link io.objectbus.bacnet.server.LocalDevice} and of notifications to the {@link BacnetClient}. A client and a
 * local device can share one port, as one BACnet node does.
 */
public final class BacnetStack implements AutoCloseable {
    private final StackConfig config;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService dispatch;
    private final ExecutorService callbacks;
    private final UdpTransport transport;
    private final Transactions transactions;
    private final Dispatcher dispatcher;
    private BacnetClient client;

    private BacnetStack(StackConfig config) {
        this.config = config;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemon("bacnet-timer"));
        this.dispatch = Executors.newSingleThreadExecutor(daemon("bacnet-dispatch"));
        this.callbacks = Executors.newCachedThreadPool(daemon("bacnet-callback"));
        ForeignRegistration foreign = new ForeignRegistration(config.bbmd(), config.foreignDeviceTtl(), scheduler);
        this.dispatcher = new Dispatcher(this);
        this.transport = new UdpTransport(config, dispatcher::receive, foreign);
        this.transactions = new Transactions(
                transport, scheduler, callbacks, config.apduTimeout(), config.apduRetries(), config.maxApdu());
    }

    /** Opens the UDP port and starts receiving. */
    public static BacnetStack open(StackConfig config) throws IOException {
        BacnetStack stack = new BacnetStack(config);
        stack.transport.start();
        return stack;
    }

    public StackConfig config() {
        return config;
    }

    /** The bound UDP port (useful when the configured port was 0). */
    public int localPort() {
        return transport.localPort();
    }

    /** The client of this port, created on first use. */
    public synchronized BacnetClient client() {
        if (client == null) {
            client = new BacnetClient(this);
        }
        return client;
    }

    /** Sends a confirmed request and completes with the answer APDU. */
    public CompletableFuture<Apdu> sendConfirmed(BacnetAddress peer, int serviceChoice, byte[] service) {
        return transactions.send(peer, serviceChoice, service);
    }

    public void sendUnconfirmed(BacnetAddress peer, int serviceChoice, byte[] service) throws IOException {
        transport.send(peer, Apdu.Serializer.encode(new Apdu.UnconfirmedRequest(serviceChoice, service)), false);
    }

    public void broadcastUnconfirmed(int serviceChoice, byte[] service, boolean global) throws IOException {
        transport.broadcast(Apdu.Serializer.encode(new Apdu.UnconfirmedRequest(serviceChoice, service)), global);
    }

    /** Serves confirmed requests of one service choice; replaces a handler already registered for it. */
    public void handleConfirmed(int serviceChoice, ConfirmedHandler handler) {
        dispatcher.handlers.put(serviceChoice, handler);
    }

    /**
     * Sends the answer to a confirmed request later than its handler returned (the handler returned null): for
     * services whose outcome another system decides, such as a write forwarded to the bus.
     */
    public void answer(BacnetAddress requester, Apdu.ConfirmedRequest request, Apdu answer) {
        dispatcher.reply(requester, answer, request);
    }

    public void removeConfirmedHandler(int serviceChoice, ConfirmedHandler handler) {
        dispatcher.handlers.remove(serviceChoice, handler);
    }

    public void addUnconfirmedListener(UnconfirmedListener listener) {
        dispatcher.listeners.add(listener);
    }

    public void removeUnconfirmedListener(UnconfirmedListener listener) {
        dispatcher.listeners.remove(listener);
    }

    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** Runs a task on the thread that handles received APDUs, keeping it in order with them. */
    public void executeInOrder(Runnable task) {
        dispatch.execute(task);
    }

    public UdpTransport transport() {
        return transport;
    }

    Transactions transactions() {
        return transactions;
    }

    @Override
    public void close() {
        transport.close();
        transactions.cancelAll();
        scheduler.shutdownNow();
        dispatch.shutdownNow();
        callbacks.shutdown();
        try {
            dispatch.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
