// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal.transport;

import io.objectbus.bacnet.client.BacnetAbortException;
import io.objectbus.bacnet.client.BacnetException;
import io.objectbus.bacnet.client.BacnetTimeoutException;
import io.objectbus.bacnet.internal.Apdu;
import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.model.ErrorNames;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client side of confirmed transactions (clause 5.4.4, unsegmented): an invoke id per peer, the request sent
 * again after each APDU timeout up to the configured retries, and the answer matched by peer and invoke id.
 */
public final class Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    private record Key(BacnetAddress peer, int invokeId) {}

    private static final class Pending {
        final Key key;
        final byte[] apdu;
        final CompletableFuture<Apdu> future = new CompletableFuture<>();
        int attempts;
        ScheduledFuture<?> timer;

        Pending(Key key, byte[] apdu) {
            this.key = key;
            this.apdu = apdu;
        }
    }

    private final UdpTransport transport;
    private final ScheduledExecutorService scheduler;
    private final Executor callbacks;
    private final Duration timeout;
    private final int retries;
    private final int maxApdu;
    private final Map<Key, Pending> pending = new ConcurrentHashMap<>();
    private final Map<BacnetAddress, Integer> nextInvokeId = new HashMap<>();

    public Transactions(
            UdpTransport transport,
            ScheduledExecutorService scheduler,
            Executor callbacks,
            Duration timeout,
            int retries,
            int maxApdu) {
        this.transport = transport;
        this.scheduler = scheduler;
        this.callbacks = callbacks;
        this.timeout = timeout;
        this.retries = retries;
        this.maxApdu = maxApdu;
    }

    /** Sends a confirmed request; the future completes with the answering APDU, or a {@link BacnetException}. */
    public CompletableFuture<Apdu> send(BacnetAddress peer, int serviceChoice, byte[] service) {
        Pending entry;
        synchronized (nextInvokeId) {
            int invokeId = freeInvokeId(peer);
            if (invokeId < 0) {
                return CompletableFuture.failedFuture(new BacnetException("256 requests already open to " + peer));
            }
            Key key = new Key(peer, invokeId);
            byte[] apdu = Apdu.Serializer.encode(Apdu.ConfirmedRequest.of(invokeId, maxApdu, serviceChoice, service));
            entry = new Pending(key, apdu);
            pending.put(key, entry);
        }
        transmit(entry);
        return entry.future;
    }

    private int freeInvokeId(BacnetAddress peer) {
        int start = nextInvokeId.getOrDefault(peer, 0);
        for (int i = 0; i < 256; i++) {
            int candidate = (start + i) & 0xFF;
            if (!pending.containsKey(new Key(peer, candidate))) {
                nextInvokeId.put(peer, (candidate + 1) & 0xFF);
                return candidate;
            }
        }
        return -1;
    }

    private void transmit(Pending entry) {
        synchronized (entry) {
            entry.attempts++;
            entry.timer = scheduler.schedule(() -> onTimeout(entry), timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        try {
            transport.send(entry.key.peer(), entry.apdu, true);
        } catch (IOException e) {
            finish(entry, null, new BacnetException("sending to " + entry.key.peer() + " failed: " + e));
        }
    }

    private void onTimeout(Pending entry) {
        if (pending.get(entry.key) != entry) {
            return;
        }
        if (entry.attempts <= retries) {
            LOG.debug(
                    "No answer from {} to invoke id {}, retry {}",
                    entry.key.peer(),
                    entry.key.invokeId(),
                    entry.attempts);
            transmit(entry);
        } else {
            finish(
                    entry,
                    null,
                    new BacnetTimeoutException("no answer from " + entry.key.peer() + " after " + entry.attempts
                            + " attempts of " + timeout.toMillis() + " ms"));
        }
    }

    /** Matches an answer (SimpleACK, ComplexACK, Error, Reject, server Abort) to its request. */
    public void onResponse(BacnetAddress source, int invokeId, Apdu apdu) {
        Pending entry = pending.get(new Key(source, invokeId));
        if (entry == null) {
            LOG.debug(
                    "Answer from {} for unknown invoke id {}: {}",
                    source,
                    invokeId,
                    apdu.getClass().getSimpleName());
            return;
        }
        if (apdu instanceof Apdu.ComplexAck ack && ack.segmented()) {
            refuseSegments(source, invokeId);
            finish(entry, null, new BacnetAbortException(ErrorNames.ABORT_SEGMENTATION_NOT_SUPPORTED));
            return;
        }
        finish(entry, apdu, null);
    }

    /** We never accept segmented answers (clause 5.4.4.1 allows a client to abort them). */
    private void refuseSegments(BacnetAddress source, int invokeId) {
        try {
            byte[] abort = Apdu.Serializer.encode(
                    new Apdu.Abort(false, invokeId, ErrorNames.ABORT_SEGMENTATION_NOT_SUPPORTED));
            transport.send(source, abort, false);
        } catch (IOException e) {
            LOG.debug("Could not abort segmented answer from {}: {}", source, e.toString());
        }
    }

    private void finish(Pending entry, Apdu answer, BacnetException failure) {
        if (!pending.remove(entry.key, entry)) {
            return;
        }
        synchronized (entry) {
            if (entry.timer != null) {
                entry.timer.cancel(false);
            }
        }
        callbacks.execute(() -> {
            if (failure != null) {
                entry.future.completeExceptionally(failure);
            } else {
                entry.future.complete(answer);
            }
        });
    }

    /** Fails every open request, when the port closes. */
    public void cancelAll() {
        pending.values().forEach(entry -> finish(entry, null, new BacnetException("BACnet/IP port closed")));
    }
}
