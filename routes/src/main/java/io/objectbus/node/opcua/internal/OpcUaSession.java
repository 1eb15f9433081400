// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua.internal;

import io.objectbus.node.opcua.OpcUaConfiguration;
import io.objectbus.transforms.opcua.UaAddressSpace;
import io.objectbus.transforms.opcua.UaObject;
import io.objectbus.transforms.opcua.UaValue;
import io.objectbus.transforms.opcua.UaVariable;
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
 * connected, Milo's session keeps reconnecting by itself (waits of 1 to 16 s). Every (re)connection browses and
 * subscribes afresh, so values are current and a changed address space is seen. All work runs on one thread.
 */
public final class OpcUaSession implements SessionActivityListener {

    private static final Logger LOG = LoggerFactory.getLogger(OpcUaSession.class);

    /** What the session tells its consumer. */
    public interface Listener {
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
        return c.writeValuesAsync(List.of(node), List.of(DataValue.valueOnly(value)))
                .thenApply(codes -> codes.get(0));
    }

    private void connect() {
        if (stopped) {
            return;
        }
        OpcUaClient c = null;
        try {
            c = UaClients.create(config);
            c.connect();
        } catch (Exception e) {
            disconnectQuietly(c);
            long delay = backoff.nextDelay();
            LOG.error(
                    "OPC UA adapter {}: cannot connect to {}: {}. Trying again in {} ms",
                    name,
                    config.getEndpointUrl(),
                    UaErrors.describe(e),
                    delay);
            lose("cannot connect: " + UaErrors.describe(e));
            executor.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
            return;
        }
        backoff.reset();
        client = c;
        monitor = new UaMonitor(c, config, name, listener::values);
        c.addSessionActivityListener(this);
        LOG.info("OPC UA adapter {}: connected to {} ({})", name, config.getEndpointUrl(), config.getSecurityPolicy());
        reconnected();
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
        } catch (Exception e) {
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
        } catch (Exception e) {
            LOG.warn("OPC UA adapter {}: subscribing failed: {}", name, UaErrors.describe(e));
        }
    }

    /** Tells the consumer once per loss; the flag drops at once, so that a reconnection seen next is not missed. */
    private void lose(String reason) {
        if (online.getAndSet(false)) {
            executor.execute(() -> listener.lost(reason));
        }
    }

    @Override
    public void onSessionActive(UaSession session) {
        if (!online.get()) {
            LOG.info("OPC UA adapter {}: connected again to {}", name, config.getEndpointUrl());
            executor.execute(this::reconnected);
        }
    }

    @Override
    public void onSessionInactive(UaSession session) {
        if (!stopped) {
            LOG.warn("OPC UA adapter {}: lost the connection to {}; reconnecting", name, config.getEndpointUrl());
            lose("connection to " + config.getEndpointUrl() + " lost");
        }
    }

    private static void disconnectQuietly(OpcUaClient c) {
        if (c != null) {
            try {
                c.disconnectAsync();
            } catch (RuntimeException ignored) {
                // nothing to release
            }
        }
    }
}
