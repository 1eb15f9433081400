// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

import io.objectbus.component.dali.DaliException;
import io.objectbus.component.dali.GarbageAnswerException;
import io.objectbus.component.dali.GatewayTransport;
import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.support.Backoff;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One DALI bus behind one gateway: a command queue worked by one thread, which also keeps the gateway connected.
 * The bus carries about 40 frames a second, so callers queue; a full queue refuses at once (back-pressure), a lost
 * gateway fails what waits, and nothing waits for ever: each frame has the gateway's answer timeout.
 */
public final class DaliBus {

    private static final Logger LOG = LoggerFactory.getLogger(DaliBus.class);

    /** Garbage answers in a row after which the link is taken for out of step and opened again. */
    private static final int GARBAGE_BEFORE_RECONNECT = 3;

    private final GatewayTransport transport;
    private final BusTiming timing;
    private final int capacity;
    private final Backoff backoff;
    private final Deque<BusJob> queue = new ArrayDeque<>();
    private final LinkStates states = new LinkStates();
    private final List<Consumer<ForwardFrame>> frameListeners = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private Thread worker;
    private int garbageInARow;

    public DaliBus(GatewayTransport transport, BusTiming timing, int capacity, long reconnectMillis, long maxMillis) {
        this.transport = transport;
        this.timing = timing;
        this.capacity = capacity;
        this.backoff = new Backoff(reconnectMillis, maxMillis);
        transport.onBusFrame(f -> frameListeners.forEach(l -> l.accept(f)));
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::work, "dali-bus-" + transport.describe());
        worker.setDaemon(true);
        worker.start();
    }

    public void stop() {
        Thread w;
        synchronized (this) {
            running = false;
            w = worker;
            notifyAll();
        }
        if (w != null) {
            w.interrupt();
            try {
                w.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        failAll(new DaliException("the DALI bus " + transport.describe() + " stopped"));
        transport.close();
    }

    /**
     * Queues frames to go out together; the future completes with what came back after the last one. A merge key
     * lets a later job replace this one while it waits. Refused at once when the queue is full or the gateway down.
     *
     * @return the caller's outcome and how many jobs waited before it
     */
    public Queued submit(List<ForwardFrame> frames, String mergeKey) {
        CompletableFuture<BackwardFrame> result = new CompletableFuture<>();
        BusJob job = new BusJob(frames, mergeKey, result);
        synchronized (this) {
            if (!running) {
                result.completeExceptionally(new DaliException("the DALI bus " + transport.describe() + " is stopped"));
                return new Queued(result, 0, false);
            }
            if (!states.isUp()) {
                LinkState state = states.current();
                result.completeExceptionally(new DaliException(
                        "gateway " + transport.describe() + " is " + state.state() + ": " + state.reason()));
                return new Queued(result, queue.size(), false);
            }
            BusJob waiting = mergeKey == null ? null : find(mergeKey);
            if (waiting != null) {
                waiting.supersede(job);
                return new Queued(result, queue.size(), true);
            }
            if (queue.size() >= capacity) {
                result.completeExceptionally(new DaliException("the DALI bus " + transport.describe() + " is busy: "
                        + queue.size() + " commands wait (queue capacity " + capacity + ")"));
                return new Queued(result, queue.size(), false);
            }
            queue.addLast(job);
            notifyAll();
            return new Queued(result, queue.size() - 1, false);
        }
    }

    /** How many jobs wait. */
    public synchronized int depth() {
        return queue.size();
    }

    public LinkState state() {
        return states.current();
    }

    public void addStateListener(Consumer<LinkState> listener) {
        states.add(listener);
    }

    public void removeStateListener(Consumer<LinkState> listener) {
        states.remove(listener);
    }

    public void addFrameListener(Consumer<ForwardFrame> listener) {
        frameListeners.add(listener);
    }

    public void removeFrameListener(Consumer<ForwardFrame> listener) {
        frameListeners.remove(listener);
    }

    public String describe() {
        return transport.describe();
    }

    private BusJob find(String mergeKey) {
        return queue.stream()
                .filter(j -> mergeKey.equals(j.mergeKey()))
                .findFirst()
                .orElse(null);
    }

    private void work() {
        while (running) {
            if (!states.isUp() && !connect()) {
                continue;
            }
            BusJob job = next();
            if (job == null) {
                pollBusFrames();
                continue;
            }
            run(job);
        }
    }

    private boolean connect() {
        try {
            transport.open();
            backoff.reset();
            states.set(new LinkState(LinkState.UP, transport.describe()));
            return true;
        } catch (IOException e) {
            transport.close();
            states.set(new LinkState(LinkState.DOWN, LinkStates.reason(e)));
            sleep(backoff.nextDelay());
            return false;
        }
    }

    private synchronized BusJob next() {
        if (queue.isEmpty() && running) {
            try {
                wait(timing.idlePollMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
        return queue.pollFirst();
    }

    private void run(BusJob job) {
        try {
            job.complete(timing.send(transport, job.frames()));
        } catch (DaliException e) {
            job.fail(e);
            garbageInARow = 0;
        } catch (GarbageAnswerException e) {
            job.fail(new DaliException(LinkStates.reason(e), e));
            if (++garbageInARow >= GARBAGE_BEFORE_RECONNECT) {
                garbageInARow = 0;
                lost(e);
            }
        } catch (IOException e) {
            job.fail(new DaliException("gateway " + transport.describe() + ": " + LinkStates.reason(e), e));
            lost(e);
        } catch (RuntimeException e) {
            LOG.warn("DALI job {} failed", job.frames(), e);
            job.fail(e);
        }
    }

    private void pollBusFrames() {
        try {
            transport.pollBusFrames();
        } catch (IOException e) {
            lost(e);
        }
    }

    private void lost(IOException e) {
        LOG.warn("Lost gateway {}: {}", transport.describe(), LinkStates.reason(e));
        transport.close();
        states.set(new LinkState(LinkState.DOWN, LinkStates.reason(e)));
        failAll(new DaliException("gateway " + transport.describe() + " lost: " + LinkStates.reason(e)));
        sleep(backoff.nextDelay());
    }

    private void failAll(DaliException cause) {
        List<BusJob> waiting;
        synchronized (this) {
            waiting = List.copyOf(queue);
            queue.clear();
        }
        waiting.forEach(j -> j.fail(cause));
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** A submitted job: its outcome, the jobs ahead of it, and whether it replaced a waiting one. */
    public record Queued(CompletableFuture<BackwardFrame> result, int ahead, boolean merged) {}
}
