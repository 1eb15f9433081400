// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one queue of a link on a thread of its own, hands each message to a step that may complete later (when the
 * far broker acknowledged it), and acknowledges the messages in the order they came, each only once its step is done.
 * When a step fails because the link went, everything still unacknowledged goes back to the head of the queue, in
 * order, by closing the consumer: nothing is lost and the order holds.
 */
final class StreamLoop implements Runnable {

    /** What happens to one message; the future completes when it may be acknowledged. */
    interface Step {
        CompletableFuture<Void> apply(ClientMessage message) throws Exception;
    }

    private record Pending(ClientMessage message, CompletableFuture<Void> done) {}

    private static final Logger LOG = LoggerFactory.getLogger(StreamLoop.class);
    /** What the broker hands the loop ahead of time: small, so that a paged store is read as it drains. */
    private static final int CONSUMER_WINDOW_BYTES = 256 * 1024;

    private final String name;
    private final ClientSessionFactory factory;
    private final String queue;
    private final BooleanSupplier open;
    private final Step step;
    private final int window;
    private final Runnable tick;
    private final Deque<Pending> inflight = new ArrayDeque<>();
    private final Object signal = new Object();
    private ClientSession session;
    private ClientConsumer consumer;
    private volatile boolean running;
    private Thread thread;

    /** @param open whether to read now; a closed loop only settles what is in flight */
    StreamLoop(String name, ClientSessionFactory factory, String queue, BooleanSupplier open, Step step, int window) {
        this(name, factory, queue, open, step, window, () -> {});
    }

    /** @param tick runs on the loop's thread at every turn, also when nothing comes */
    StreamLoop(
            String name,
            ClientSessionFactory factory,
            String queue,
            BooleanSupplier open,
            Step step,
            int window,
            Runnable tick) {
        this.tick = tick;
        this.name = name;
        this.factory = factory;
        this.queue = queue;
        this.open = open;
        this.step = step;
        this.window = window;
    }

    void start() {
        running = true;
        thread = new Thread(this, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The link changed state: look again at once. */
    void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    void stop() throws InterruptedException {
        running = false;
        wake();
        if (thread != null) {
            thread.join(10_000);
        }
    }

    @Override
    public void run() {
        while (running) {
            try {
                cycle();
            } catch (Exception e) {
                if (running) {
                    LOG.warn("{}: {}; the unacknowledged messages go back to the queue", name, e.toString());
                    reset();
                    pause(500);
                }
            }
        }
        close();
    }

    private void cycle() throws Exception {
        tick.run();
        settle();
        if (!open.getAsBoolean()) {
            if (inflight.isEmpty()) {
                pause(200);
            } else {
                waitForOldest();
            }
            return;
        }
        if (inflight.size() >= window) {
            waitForOldest();
            return;
        }
        if (consumer == null) {
            session = factory.createSession(null, null, false, true, true, false, 0);
            consumer = session.createConsumer(queue, null, CONSUMER_WINDOW_BYTES, -1, false);
            session.start();
        }
        ClientMessage message = consumer.receive(inflight.isEmpty() ? 200 : 2);
        if (message != null) {
            inflight.add(new Pending(message, step.apply(message)));
        }
    }

    /** Acknowledges, in order, what is done; a lost link sends everything unacknowledged back to the queue. */
    private void settle() throws Exception {
        while (!inflight.isEmpty() && inflight.peek().done().isDone()) {
            Pending pending = inflight.peek();
            if (lost(pending.done())) {
                reset();
                return;
            }
            inflight.poll();
            pending.message().individualAcknowledge();
        }
    }

    private static boolean lost(CompletableFuture<Void> done) {
        try {
            done.getNow(null);
            return false;
        } catch (Exception e) {
            return e.getCause() instanceof RemoteConnection.LinkLost;
        }
    }

    private void waitForOldest() {
        try {
            inflight.peek().done().get(50, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // settled on the next cycle
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pause(long millis) {
        synchronized (signal) {
            try {
                signal.wait(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void reset() {
        inflight.clear();
        close();
    }

    private void close() {
        try {
            if (session != null) {
                session.close();
            }
        } catch (Exception e) {
            LOG.debug("{}: closing: {}", name, e.toString());
        }
        session = null;
        consumer = null;
    }
}
