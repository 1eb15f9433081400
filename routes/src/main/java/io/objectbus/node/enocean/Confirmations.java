// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.enocean;

import io.objectbus.component.enocean.frame.EnoceanIds;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes waiting for the device to confirm them: a D2-01 actuator answers "set output" with a status response of
 * the channel (EEP 2.6, D2-01 CMD 4). The status completes the write when it reports the value written (or any
 * value while dimming with a timer); no status in time fails it with a {@link TimeoutException}, which the bus
 * reports as {@code timeout}.
 */
final class Confirmations {

    private record Key(int sender, String resource) {}

    private record Pending(CompletableFuture<Void> done, double expected, boolean exact) {}

    private final Map<Key, Pending> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;
    private final Duration timeout;

    Confirmations(ScheduledExecutorService scheduler, Duration timeout) {
        this.scheduler = scheduler;
        this.timeout = timeout;
    }

    /**
     * Waits for the device to report {@code resource}; a newer write of the same resource supersedes this one.
     *
     * @param exact whether the report must equal {@code expected} (false while the device dims towards it)
     */
    CompletableFuture<Void> expect(int sender, String resource, double expected, boolean exact) {
        Key key = new Key(sender, resource);
        Pending p = new Pending(new CompletableFuture<>(), expected, exact);
        Pending older = pending.put(key, p);
        if (older != null) {
            older.done.completeExceptionally(new IllegalStateException("superseded by a newer write of " + resource));
        }
        scheduler.schedule(() -> expire(key, p), timeout.toMillis(), TimeUnit.MILLISECONDS);
        return p.done;
    }

    /** Fails a waiting write at once, e.g. when the gateway refused to send it. */
    void fail(int sender, String resource, Throwable reason) {
        Pending p = pending.remove(new Key(sender, resource));
        if (p != null) {
            p.done.completeExceptionally(reason);
        }
    }

    /** The values a device just reported: each may confirm a write of that resource. */
    void onValues(int sender, Map<String, Object> values) {
        values.forEach((resource, value) -> {
            Pending p = pending.remove(new Key(sender, resource));
            if (p != null) {
                settle(p, resource, value);
            }
        });
    }

    private static void settle(Pending p, String resource, Object value) {
        double reported = value instanceof Number n ? n.doubleValue() : Double.NaN;
        if (!p.exact || Math.abs(reported - Math.round(p.expected)) < 0.5) {
            p.done.complete(null);
        } else {
            p.done.completeExceptionally(new IllegalStateException(
                    "the actuator reports " + resource + " = " + value + " instead of " + p.expected));
        }
    }

    private void expire(Key key, Pending p) {
        if (pending.remove(key, p)) {
            p.done.completeExceptionally(new TimeoutException("actuator " + EnoceanIds.toHex(key.sender)
                    + " did not confirm " + key.resource + " within " + timeout.toMillis() + " ms"));
        }
    }
}
