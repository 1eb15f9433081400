// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean.adapter;

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
 * value while dimming with a timer); no such status in time fails it: with the value the actuator reported instead,
 * or with a {@link TimeoutException}, which the bus reports as {@code timeout}.
 */
final class Confirmations {

    private record Key(int sender, String resource) {}

    /** A waiting write and the last other value the actuator reported meanwhile. */
    private static final class Pending {
        final CompletableFuture<Void> done = new CompletableFuture<>();
        final double expected;
        final boolean exact;
        volatile Object otherValue;

        Pending(double expected, boolean exact) {
            this.expected = expected;
            this.exact = exact;
        }

        boolean confirmedBy(Object value) {
            double reported = value instanceof Number n ? n.doubleValue() : Double.NaN;
            return !exact || Math.abs(reported - Math.round(expected)) < 0.5;
        }
    }

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
        Pending p = new Pending(expected, exact);
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

    /**
     * The values a device just reported: each may confirm a write of that resource. Another value does not fail the
     * write at once: an actuator's periodic status, sent before the command reached it, may still be on its way.
     */
    void onValues(int sender, Map<String, Object> values) {
        values.forEach((resource, value) -> {
            Key key = new Key(sender, resource);
            Pending p = pending.get(key);
            if (p == null) {
                return;
            }
            if (p.confirmedBy(value)) {
                pending.remove(key, p);
                p.done.complete(null);
            } else {
                p.otherValue = value;
            }
        });
    }

    private void expire(Key key, Pending p) {
        if (!pending.remove(key, p)) {
            return;
        }
        Object other = p.otherValue;
        p.done.completeExceptionally(
                other != null
                        ? new IllegalStateException(
                                "the actuator reports " + key.resource + " = " + other + " instead of " + p.expected)
                        : new TimeoutException("actuator " + EnoceanIds.toHex(key.sender) + " did not confirm "
                                + key.resource + " within " + timeout.toMillis() + " ms"));
    }
}
