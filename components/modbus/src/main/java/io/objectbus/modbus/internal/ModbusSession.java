// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.internal;

import com.digitalpetri.modbus.client.ModbusClient;
import io.objectbus.component.support.Backoff;
import io.objectbus.modbus.ModbusConfiguration;
import io.objectbus.modbus.model.ModbusReading;
import io.objectbus.modbus.model.Register;
import io.objectbus.modbus.model.RegisterMap;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One device's connection: connects (and reconnects with a growing wait), polls the register map in blocks, and
 * applies writes. Every request goes out from the session's one thread, one at a time, as a serial line behind an
 * RTU gateway needs.
 */
public final class ModbusSession {

    private static final Logger LOG = LoggerFactory.getLogger(ModbusSession.class);

    /** What the session tells its consumer. */
    public interface Listener {
        void up();

        void values(List<ModbusReading> readings);

        void lost(String reason);
    }

    private enum State {
        CONNECTING,
        UP,
        DOWN
    }

    private final String name;
    private final ModbusConfiguration configuration;
    private final RegisterMap map;
    private final Listener listener;
    private final Backoff backoff;
    private final ScheduledExecutorService executor;
    private final ModbusClient client;
    private final Poller poller;
    private State state = State.CONNECTING;
    private String downReason;
    private ScheduledFuture<?> next;

    public ModbusSession(String name, ModbusConfiguration configuration, RegisterMap map, Listener listener) {
        this.name = name;
        this.configuration = configuration;
        this.map = map;
        this.listener = listener;
        this.backoff = new Backoff(configuration.getReconnectDelay(), configuration.getReconnectMaxDelay());
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "modbus-" + name);
            thread.setDaemon(true);
            return thread;
        });
        this.client = ModbusClients.create(configuration);
        this.poller = new Poller(
                name,
                new BlockReader(client, configuration.getUnitId(), Clock.systemUTC()),
                BlockPlanner.plan(map.registers(), configuration.getMaxGap()),
                configuration.getTimeout());
    }

    /** Milliseconds a request waits for its answer. */
    public long timeout() {
        return configuration.getTimeout();
    }

    public RegisterMap map() {
        return map;
    }

    public void start() {
        executor.execute(this::safeCycle);
    }

    /**
     * Lets the cycle in progress finish (its request is bounded by the timeout) rather than interrupting it: the
     * session's thread may be publishing to the bus, and an interrupt inside the broker's paging lock breaks it.
     */
    public void stop() {
        executor.shutdown();
        ScheduledFuture<?> pending = next;
        if (pending != null) {
            pending.cancel(false);
        }
        try {
            if (!executor.awaitTermination(configuration.getTimeout() + 1000, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client.disconnectAsync();
    }

    /** Writes one entry; completes when the device confirmed, exceptionally with the library's failure. */
    public CompletableFuture<Void> write(String registerName, Object value) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Register register = map.register(registerName);
        executor.execute(() -> {
            try {
                requireConnected();
                ModbusWrites.write(client, configuration.getUnitId(), register, value);
                done.complete(null);
                pollNow();
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** A device that only stopped answering may answer the write: it is tried, and times out if it does not. */
    private void requireConnected() {
        if (!client.isConnected()) {
            throw new IllegalStateException("the device at " + configuration.address() + " is not connected"
                    + (downReason == null ? "" : ": " + downReason));
        }
    }

    private void cycle() {
        if (!client.isConnected() && !connect()) {
            schedule(backoff.nextDelay());
            return;
        }
        Poller.Result result = poller.poll();
        if (result.connectionLost() != null) {
            down("connection to " + configuration.address() + " lost: " + result.connectionLost());
            client.disconnectAsync();
            schedule(backoff.nextDelay());
            return;
        }
        if (result.answered() == 0 && result.timedOut() > 0) {
            down("unit " + configuration.getUnitId() + " at " + configuration.address() + " does not answer within "
                    + configuration.getTimeout() + " ms");
        } else {
            up();
            listener.values(result.readings());
        }
        schedule(configuration.getPollInterval());
    }

    private boolean connect() {
        try {
            client.connect();
            backoff.reset();
            LOG.info("Modbus adapter {}: connected to {}", name, configuration.address());
            return true;
        } catch (Exception e) {
            down("cannot connect to " + configuration.address() + ": " + ModbusErrors.describe(e));
            return false;
        }
    }

    private void up() {
        if (state != State.UP) {
            state = State.UP;
            downReason = null;
            listener.up();
        }
    }

    private void down(String reason) {
        if (state != State.DOWN || !reason.equals(downReason)) {
            LOG.warn("Modbus adapter {}: {}", name, reason);
            state = State.DOWN;
            downReason = reason;
            listener.lost(reason);
        }
    }

    private void pollNow() {
        schedule(0);
    }

    private void schedule(long delayMillis) {
        if (next != null) {
            next.cancel(false);
        }
        if (!executor.isShutdown()) {
            next = executor.schedule(this::safeCycle, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** A failure of one cycle must not end the polling. */
    private void safeCycle() {
        try {
            cycle();
        } catch (RuntimeException e) {
            LOG.warn("Modbus adapter {}: poll failed: {}", name, e.toString(), e);
            schedule(configuration.getPollInterval());
        }
    }
}
