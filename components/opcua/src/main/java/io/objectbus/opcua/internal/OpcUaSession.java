// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.internal;

import io.objectbus.component.support.Backoff;
import io.objectbus.opcua.OpcUaConfiguration;
import io.objectbus.opcua.model.UaAddressSpace;
import io.objectbus.opcua.model.UaObject;
import io.objectbus.opcua.model.UaValue;
import io.objectbus.opcua.model.UaVariable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One adapter's connection to its server. Connects, and after a failure tries again with growing waits; once
 * connected, Milo's session keeps reconnecting by itself (waits of 1 to 16 s). The listener hears connecting before
 * each attempt of its own and when Milo starts re-establishing a lost session, lost when an attempt fails or the
 * session goes. Every (re)connection browses and
 * subscribes afresh, so values are current and a changed address space is seen; so does the loss of the subscription
 * alone. All work runs on one thread.
 */
public final class OpcUaSession implements SessionActivityListener {

    private static final Logger LOG = LoggerFactory.getLogger(OpcUaSession.class);

    /** What the session tells its consumer. */
    public interface Listener {
        /** A connection is being made; {@code reason} is why the last one failed or went, null before the first. */
        void connecting(String reason);

        void browsed(UaAddressSpace space);

        void values(List<UaValue> values);

        void lost(String reason);
    }

    private final String name;
    private final OpcUaConfiguration config;
    private final Listener listener;
    private final ScheduledExecutorService executor;
    private final Backoff backoff;
    private final AtomicBoolean online = new AtomicBoolean();
    private volatile boolean stopped;
    private volatile OpcUaClient client;
    private UaMonitor monitor;
    private List<NodeId> monitored = List.of();
    private Map<NodeId, UaVariable> variables = Map.of();
    private boolean fresh;
    /** Why the server lost the last subscription, until a new one is made; null otherwise. */
    private String subscriptionLost;

    private String lastFailure;
    /** Whether the consumer was told connecting since the last failure or loss: told once per attempt. */
    private boolean toldConnecting;

    public OpcUaSession(String name, OpcUaConfiguration config, Listener listener) {
        this.name = name;
        this.config = config;
        this.listener = listener;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "opcua-" + name));
        this.backoff = new Backoff(config.getReconnectDelay(), config.getReconnectMaxDelay());
    }

    public void start() {
        executor.execute(this::connect);
        long every = config.getBrowseInterval();
        if (every > 0) {
            executor.scheduleWithFixedDelay(this::browse, every, every, TimeUnit.MILLISECONDS);
        }
    }

    public void stop() {
        stopped = true;
        executor.shutdownNow();
        OpcUaClient c = client;
        client = null;
        if (c != null) {
            c.removeSessionActivityListener(this);
            c.disconnectAsync();
        }
    }

    /** Browses now (and subscribes to what the route then asks for). */
    public void browseNow() {
        executor.execute(this::browse);
    }

    /** Monitors exactly these Variables, now and after every reconnection. */
    public void monitor(List<NodeId> nodes) {
        executor.execute(() -> {
            monitored = List.copyOf(nodes);
            syncMonitor();
        });
    }

    public CompletableFuture<StatusCode> write(NodeId node, Variant value) {
        OpcUaClient c = client;
        if (c == null || !online.get()) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException("not connected to " + config.getEndpointUrl()));
        }
        // The answer is handed on from the session's thread, not from Milo's shared pool (see onThread).
        return c.writeValuesAsync(List.of(node), List.of(DataValue.valueOnly(value)))
                .thenApplyAsync(codes -> codes.get(0), this::onThread);
    }

    private void connect() {
        if (stopped) {
            return;
        }
        connecting(lastFailure == null ? null : "cannot connect: " + lastFailure);
        OpcUaClient c = null;
        try {
            c = UaClients.create(config);
            c.connect();
        } catch (Throwable e) {
            // Any Throwable: an Error (a class missing from the class path) would otherwise end this task silently,
            // and the adapter would never try again.
            disconnectQuietly(c);
            failed(UaErrors.describe(e));
            return;
        }
        backoff.reset();
        lastFailure = null;
        client = c;
        monitor = new UaMonitor(
                c,
                config,
                name,
                values -> onThread(() -> listener.values(values)),
                reason -> onThread(() -> subscriptionLost(reason)));
        // Online before listening: Milo tells a new listener at once that the session is active.
        online.set(true);
        c.addSessionActivityListener(this);
        LOG.info("OPC UA adapter {}: connected to {} ({})", name, config.getEndpointUrl(), config.getSecurityPolicy());
        reconnected();
    }

    /**
     * Runs route work on the session's own thread: in order, off Milo's delivery threads (which must not block), and
     * off Milo's JVM-wide thread pool, whose threads an embedded broker's thread-local state would otherwise follow
     * from one broker instance to the next.
     */
    private void onThread(Runnable work) {
        if (!stopped) {
            try {
                executor.execute(work);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // stopping: nothing to hand on
            }
        }
    }

    /** Logs the failure (an error the first time, a warning while it repeats) and tries again later. */
    private void failed(String reason) {
        long delay = backoff.nextDelay();
        String text = "OPC UA adapter {}: cannot connect to {}: {}; trying again in {} ms";
        if (reason.equals(lastFailure)) {
            LOG.warn(text, name, config.getEndpointUrl(), reason, delay);
        } else {
            LOG.error(text, name, config.getEndpointUrl(), reason, delay);
        }
        lastFailure = reason;
        online.set(false);
        toldConnecting = false;
        listener.lost("cannot connect: " + reason);
        executor.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    private void reconnected() {
        online.set(true);
        fresh = true;
        browse();
    }

    private void browse() {
        OpcUaClient c = client;
        if (c == null || stopped) {
            return;
        }
        try {
            List<String> roots = Arrays.stream(config.getRoots().split(","))
                    .filter(r -> !r.isBlank())
                    .toList();
            UaAddressSpace space = new UaBrowser(c, name).browse(roots, config.getDepth());
            variables = index(space);
            listener.browsed(space);
        } catch (Throwable e) {
            LOG.warn("OPC UA adapter {}: browse of {} failed: {}", name, config.getEndpointUrl(), UaErrors.describe(e));
        }
    }

    private static Map<NodeId, UaVariable> index(UaAddressSpace space) {
        Map<NodeId, UaVariable> index = new HashMap<>();
        for (UaObject object : space.objects()) {
            object.variables().forEach(v -> index.put(v.nodeId(), v));
        }
        return index;
    }

    private void syncMonitor() {
        if (monitor == null || client == null || !online.get()) {
            return;
        }
        try {
            monitor.sync(monitored, variables, fresh);
            fresh = false;
            if (subscriptionLost != null) {
                LOG.warn("OPC UA adapter {}: {}; subscribed afresh: {}", name, subscriptionLost, monitor.describe());
                subscriptionLost = null;
            }
        } catch (Exception e) {
            LOG.warn("OPC UA adapter {}: subscribing failed: {}", name, UaErrors.describe(e));
        }
    }

    /** Tells the consumer once per loss; the flag drops at once, so that a reconnection seen next is not missed. */
    private void lose(String reason) {
        if (online.getAndSet(false)) {
            onThread(() -> {
                toldConnecting = false;
                listener.lost(reason);
            });
        }
    }

    /**
     * The server no longer has the subscription while the session stays (its lifetime ran out while this process was
     * paused, or a new session could not take it over). Milo makes no new one; for the route this is a loss and a
     * return, as a reconnection is: the objects are stale until the new subscription sends current values.
     */
    private void subscriptionLost(String reason) {
        if (stopped || fresh || !online.get()) {
            return; // a fresh subscription is on its way already
        }
        subscriptionLost = reason;
        listener.lost(reason);
        toldConnecting = false;
        connecting(reason);
        reconnected();
    }

    /** On the session's thread: tells the consumer that a connection is being made, once per attempt or loss. */
    private void connecting(String reason) {
        if (!toldConnecting) {
            toldConnecting = true;
            listener.connecting(reason);
        }
    }

    @Override
    public void onSessionActive(UaSession session) {
        if (!online.get()) {
            LOG.info("OPC UA adapter {}: connected again to {}", name, config.getEndpointUrl());
            onThread(this::reconnected);
        }
    }

    @Override
    public void onSessionInactive(UaSession session) {
        if (!stopped) {
            LOG.warn("OPC UA adapter {}: lost the connection to {}; reconnecting", name, config.getEndpointUrl());
            String reason = "connection to " + config.getEndpointUrl() + " lost";
            lose(reason);
            // Milo re-establishes the session by itself from now on.
            onThread(() -> connecting(reason));
        }
    }

    private static void disconnectQuietly(OpcUaClient c) {
        if (c != null) {
            try {
                c.disconnectAsync();
            } catch (Throwable ignored) {
                // nothing to release
            }
        }
    }
}
