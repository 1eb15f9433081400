// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.internal;

import io.objectbus.component.enocean.frame.Esp3Packet;
import io.objectbus.component.enocean.frame.FrameException;
import io.objectbus.component.enocean.frame.PacketType;
import io.objectbus.component.enocean.frame.Response;
import io.objectbus.component.support.Backoff;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection to one gateway, shared by every endpoint that names it. A reader thread keeps the transport open,
 * reconnecting with exponential backoff, feeds the stream parser and hands packets to the listeners. ESP3 answers
 * every packet sent to the gateway with one RESPONSE, in order and without a correlation ID, so requests go one at a
 * time and the next RESPONSE completes the pending one. Listeners run on a dispatcher thread of their own, in
 * arrival order, so a route that answers a telegram through the same gateway (a teach-in response) does not block
 * the reader that must deliver its RESPONSE. Listeners of the link's {@link ConnectionState} are told its changes on the
 * same thread.
 */
public final class GatewayConnection {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayConnection.class);

    private final String name;
    private final TransportFactory factory;
    private final Backoff backoff;
    private static final int MAX_QUEUED_PACKETS = 10_000;

    private final List<PacketListener> listeners = new CopyOnWriteArrayList<>();
    private final ConnectionStates states = new ConnectionStates(task -> this.dispatcher.execute(task));
    private ThreadPoolExecutor dispatcher;
    private final ReentrantLock requestLock = new ReentrantLock(true);
    private final Object reconnectGuard = new Object();
    private volatile Transport transport;
    private volatile CompletableFuture<Response> pending;
    private volatile boolean running;
    private Thread reader;

    public GatewayConnection(String name, TransportFactory factory, Backoff backoff) {
        this.name = name;
        this.factory = factory;
        this.backoff = backoff;
        // Before start: a listener added before the connection starts is told its first state, connecting.
        this.dispatcher = newDispatcher();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        if (dispatcher.isShutdown()) {
            dispatcher = newDispatcher();
        }
        reader = new Thread(this::run, "enocean-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    public synchronized void stop() {
        running = false;
        synchronized (reconnectGuard) {
            reconnectGuard.notifyAll();
        }
        closeTransport();
        if (reader != null) {
            reader.interrupt();
        }
        if (dispatcher != null) {
            dispatcher.shutdown();
        }
    }

    public void addListener(PacketListener listener) {
        listeners.add(listener);
    }

    public void removeListener(PacketListener listener) {
        listeners.remove(listener);
    }

    /** Adds a listener of the connection state; it is told the current state first, then every change. */
    public void addStateListener(ConnectionStateListener listener) {
        states.add(listener);
    }

    public void removeStateListener(ConnectionStateListener listener) {
        states.remove(listener);
    }

    public boolean isConnected() {
        return transport != null;
    }

    /**
     * Sends a packet and waits for the gateway's RESPONSE.
     *
     * @throws IOException      when the gateway is not connected or the write fails
     * @throws TimeoutException when no RESPONSE arrives in time (or another request holds the line that long)
     */
    public Response request(Esp3Packet packet, long timeoutMillis)
            throws IOException, TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        if (!requestLock.tryLock(timeoutMillis, TimeUnit.MILLISECONDS)) {
            throw new TimeoutException("gateway " + name + " busy with another request");
        }
        try {
            CompletableFuture<Response> answer = new CompletableFuture<>();
            pending = answer;
            write(Esp3Packet.Serializer.encode(packet));
            return answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw new IOException("gateway " + name + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new TimeoutException("no RESPONSE from gateway " + name + " within " + timeoutMillis + " ms");
        } finally {
            pending = null;
            requestLock.unlock();
        }
    }

    /** Writes raw bytes to the gateway, e.g. a packet that expects no answer. */
    public void write(byte[] bytes) throws IOException {
        Transport current = transport;
        if (current == null) {
            throw new IOException("gateway " + name + " not connected");
        }
        synchronized (current) {
            current.output().write(bytes);
            current.output().flush();
        }
    }

    private void run() {
        while (running) {
            String reason;
            try (Transport opened = factory.open()) {
                transport = opened;
                backoff.reset();
                LOG.info("EnOcean gateway {} connected ({})", name, opened.describe());
                states.change(ConnectionState.up(opened.describe()));
                readUntilClosed(opened.input());
                reason = "the gateway closed the connection";
            } catch (IOException e) {
                reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            } finally {
                transport = null;
                failPending(new IOException("connection lost"));
            }
            if (running) {
                LOG.warn("EnOcean gateway {}: {}", name, reason);
                states.change(ConnectionState.down(reason));
            }
            waitBeforeReconnect();
        }
    }

    private void readUntilClosed(InputStream in) throws IOException {
        Esp3StreamParser parser = new Esp3StreamParser();
        byte[] chunk = new byte[1024];
        int n;
        while (running && (n = in.read(chunk)) >= 0) {
            Esp3StreamParser.Result result = parser.feed(chunk, 0, n);
            result.problems().forEach(p -> LOG.warn("EnOcean gateway {}: {}", name, p));
            result.packets().forEach(this::dispatch);
        }
    }

    private void dispatch(Esp3Packet packet) {
        CompletableFuture<Response> answer = pending;
        if (packet.is(PacketType.RESPONSE) && answer != null) {
            try {
                answer.complete(Response.Serializer.decode(packet));
            } catch (FrameException e) {
                answer.completeExceptionally(e);
            }
            return;
        }
        dispatcher.execute(() -> notifyListeners(packet));
    }

    private void notifyListeners(Esp3Packet packet) {
        for (PacketListener listener : listeners) {
            try {
                listener.onPacket(packet);
            } catch (RuntimeException e) {
                LOG.warn("EnOcean gateway {}: listener failed on {}", name, packet, e);
            }
        }
    }

    /** One thread keeps packet order; a full queue drops packets with a warning rather than stall the reader. */
    private ThreadPoolExecutor newDispatcher() {
        return new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(MAX_QUEUED_PACKETS),
                r -> {
                    Thread t = new Thread(r, "enocean-dispatch-" + name);
                    t.setDaemon(true);
                    return t;
                },
                (r, executor) -> LOG.warn("EnOcean gateway {}: consumers too slow, packet dropped", name));
    }

    private void failPending(IOException cause) {
        CompletableFuture<Response> answer = pending;
        if (answer != null) {
            answer.completeExceptionally(cause);
        }
    }

    private void waitBeforeReconnect() {
        long delay = backoff.nextDelay();
        synchronized (reconnectGuard) {
            try {
                if (running) {
                    reconnectGuard.wait(delay);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private void closeTransport() {
        Transport current = transport;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                LOG.debug("EnOcean gateway {}: close failed", name, e);
            }
        }
    }
}
