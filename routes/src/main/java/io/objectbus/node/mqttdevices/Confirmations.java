// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.mqttdevices;

import io.objectbus.transforms.mqttjson.DeviceCommand;
import io.objectbus.transforms.mqttjson.Resources;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes of one device waiting for the device to confirm them: its state reporting the value written applies the
 * write; an error reply of the device fails it with the device's reason; nothing in time ends it with a
 * {@link TimeoutException}, which the bus answers as {@code timeout}. A newer write of the same resource supersedes an
 * older one.
 */
final class Confirmations {

    private static final class Pending {
        final CompletableFuture<Void> done = new CompletableFuture<>();
        final DeviceCommand command;

        Pending(DeviceCommand command) {
            this.command = command;
        }
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final String device;
    private final long timeoutMillis;

    Confirmations(String device, long timeoutMillis) {
        this.device = device;
        this.timeoutMillis = timeoutMillis;
    }

    /** Waits for the device to confirm {@code command}; call before the command is sent. */
    CompletableFuture<Void> expect(DeviceCommand command) {
        Pending p = new Pending(command);
        Pending older = pending.put(command.resource(), p);
        if (older != null) {
            older.done.completeExceptionally(
                    new IllegalStateException("superseded by a newer write of " + command.resource()));
        }
        // The JDK's shared delayer thread: no thread of our own per device.
        CompletableFuture.delayedExecutor(timeoutMillis, TimeUnit.MILLISECONDS).execute(() -> expire(p));
        return p.done;
    }

    /** Values the device reported: each may confirm the write of its resource. */
    void onValues(Map<String, Object> values) {
        values.forEach((resource, value) -> {
            Pending p = pending.get(resource);
            if (p != null && Resources.confirms(p.command.expected(), value)) {
                complete(p, null);
            }
        });
    }

    /**
     * The device took the command for {@code resource}. Some devices report nothing when the state does not change
     * (a Shelly told to switch on what is on): the value it last reported then confirms the write.
     */
    void onAccepted(String resource, Object lastReported) {
        Pending p = resource == null ? null : pending.get(resource);
        if (p != null && Resources.confirms(p.command.expected(), lastReported)) {
            complete(p, null);
        }
    }

    /** The device refused a command: that of {@code resource}, or every waiting one where it does not say which. */
    void onRefused(String resource, String reason) {
        pending.values().stream()
                .filter(p -> resource == null || p.command.resource().equals(resource))
                .forEach(p -> complete(p, new IllegalStateException(reason)));
    }

    /** Fails every waiting write at once: the device went offline, or the adapter stops. */
    void failAll(String reason) {
        pending.values().forEach(p -> complete(p, new IllegalStateException(reason)));
    }

    private void expire(Pending p) {
        complete(
                p,
                new TimeoutException(device + " did not confirm " + p.command.resource() + " = " + p.command.expected()
                        + " within " + timeoutMillis + " ms"));
    }

    private void complete(Pending p, Throwable error) {
        if (!pending.remove(p.command.resource(), p)) {
            return;
        }
        if (error == null) {
            p.done.complete(null);
        } else {
            p.done.completeExceptionally(error);
        }
    }
}
