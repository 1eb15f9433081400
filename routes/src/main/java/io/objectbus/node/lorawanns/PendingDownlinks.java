// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawanns;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Confirmed downlinks waiting for the device's acknowledgement, per device in the order they were queued: the network
 * server sends a device's queue in order, so its next ack or nack is about the oldest one waiting. Nothing within the
 * timeout ends a write with a {@link TimeoutException} (answered {@code timeout}).
 */
final class PendingDownlinks {

    private final Map<String, Deque<CompletableFuture<Void>>> pending = new ConcurrentHashMap<>();
    private final long timeoutMillis;

    PendingDownlinks(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    /** Waits for {@code device} to acknowledge its next downlink; call before the downlink is published. */
    CompletableFuture<Void> expect(String device) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Deque<CompletableFuture<Void>> queue = queue(device);
        synchronized (queue) {
            queue.addLast(done);
        }
        CompletableFuture.delayedExecutor(timeoutMillis, TimeUnit.MILLISECONDS).execute(() -> expire(device, done));
        return done;
    }

    /** The device acknowledged (reason null) or did not (the network server's reason). */
    void settle(String device, String reason) {
        CompletableFuture<Void> oldest;
        Deque<CompletableFuture<Void>> queue = queue(device);
        synchronized (queue) {
            oldest = queue.pollFirst();
        }
        if (oldest != null) {
            if (reason == null) {
                oldest.complete(null);
            } else {
                oldest.completeExceptionally(new IllegalStateException(reason));
            }
        }
    }

    void failAll(String reason) {
        pending.values().forEach(queue -> {
            synchronized (queue) {
                queue.forEach(done -> done.completeExceptionally(new IllegalStateException(reason)));
                queue.clear();
            }
        });
    }

    private void expire(String device, CompletableFuture<Void> done) {
        Deque<CompletableFuture<Void>> queue = queue(device);
        synchronized (queue) {
            queue.remove(done);
        }
        done.completeExceptionally(
                new TimeoutException(device + " did not acknowledge the downlink within " + timeoutMillis + " ms"));
    }

    private Deque<CompletableFuture<Void>> queue(String device) {
        return pending.computeIfAbsent(device, d -> new ArrayDeque<>());
    }
}
