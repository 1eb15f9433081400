// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean.adapter;

import io.objectbus.component.enocean.frame.BaseIdInfo;
import io.objectbus.component.enocean.frame.CommonCommand;
import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.VersionInfo;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's side of the gateway: sends telegrams through the {@code enocean} producer one at a time on its own
 * thread (the radio is half duplex, and the bus's threads may not wait for a RESPONSE), and learns the gateway's base
 * ID and version.
 */
final class GatewaySender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GatewaySender.class);
    private static final long FIRST_RETRY_MILLIS = 200;
    private static final long MAX_RETRY_MILLIS = 10_000;
    /** How long a telegram waits for the base ID it is sent from, e.g. right after the gateway (re)connected. */
    static final long IDENTIFY_WAIT_MILLIS = 5_000;

    private final String uri;
    private final ProducerTemplate producer;
    private final ScheduledExecutorService executor;
    /** Completed once the gateway gave its base ID; a write made before waits for it (at most {@link #IDENTIFY_WAIT_MILLIS}). */
    private final CompletableFuture<BaseIdInfo> identified = new CompletableFuture<>();

    private volatile BaseIdInfo baseId;
    private volatile VersionInfo version;
    /** Whether the gateway is to be asked who it is, and when (System.nanoTime). */
    private volatile boolean asking = true;

    private volatile long nextAttempt = System.nanoTime();
    private volatile long retryMillis = FIRST_RETRY_MILLIS;

    GatewaySender(CamelContext context, String uri, String name) {
        this.uri = uri;
        this.producer = context.createProducerTemplate();
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "enocean-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Asks the gateway for its base ID and version, in an exchange of the adapter's route (the gateway's dispatcher
     * may send through the gateway). Returns whether it answered; one that did not is asked again with a later
     * exchange, at most after the retry delay, which doubles up to 10 s.
     */
    boolean identify() {
        try {
            baseId = producer.requestBody(uri, CommonCommand.readIdBase(), BaseIdInfo.class);
            version = readVersion();
            identified.complete(baseId);
            retryMillis = FIRST_RETRY_MILLIS;
            asking = false;
            return true;
        } catch (RuntimeException e) {
            LOG.info("EnOcean gateway {} did not give its base ID yet ({}); asking again", uri, rootMessage(e));
            nextAttempt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(retryMillis);
            retryMillis = Math.min(retryMillis * 2, MAX_RETRY_MILLIS);
            return false;
        }
    }

    /** Whether the gateway is to be asked who it is again: after a reconnect, or a failed attempt's delay. */
    boolean identifyDue() {
        return asking && System.nanoTime() - nextAttempt >= 0;
    }

    /** After a reconnect the gateway may be another stick: it is asked again at once. */
    void forgetIdentity() {
        nextAttempt = System.nanoTime();
        retryMillis = FIRST_RETRY_MILLIS;
        asking = true;
    }

    private VersionInfo readVersion() {
        try {
            return producer.requestBody(uri, CommonCommand.readVersion(), VersionInfo.class);
        } catch (RuntimeException e) {
            LOG.info("EnOcean gateway {} gave no version: {}", uri, rootMessage(e));
            return null;
        }
    }

    BaseIdInfo baseId() {
        return baseId;
    }

    VersionInfo version() {
        return version;
    }

    /**
     * The sender ID {@code offset} places after the base ID.
     *
     * @throws IllegalStateException while the base ID is not known
     */
    int senderId(int offset) {
        BaseIdInfo known = baseId;
        if (known == null) {
            throw new IllegalStateException("the base ID of EnOcean gateway " + uri + " is not known yet");
        }
        return known.senderId(offset);
    }

    /**
     * Sends the telegram made from the sender ID {@code offset} places after the base ID, once the gateway gave that:
     * a write that comes right after the gateway (re)connected waits for it rather than fail.
     */
    CompletableFuture<Void> sendFrom(int offset, IntFunction<Erp1Telegram> telegram) {
        if (baseId != null) {
            return send(telegram.apply(senderId(offset)));
        }
        return identified
                .copy()
                .orTimeout(IDENTIFY_WAIT_MILLIS, TimeUnit.MILLISECONDS)
                .exceptionallyCompose(e -> CompletableFuture.failedFuture(
                        new IllegalStateException("the base ID of EnOcean gateway " + uri + " is not known yet")))
                .thenCompose(known -> send(telegram.apply(known.senderId(offset))));
    }

    /** Sends a telegram; completes when the gateway answered RET_OK, fails with its reason otherwise. */
    CompletableFuture<Void> send(Erp1Telegram telegram) {
        return CompletableFuture.runAsync(
                () -> {
                    try {
                        producer.requestBody(uri, telegram);
                    } catch (CamelExecutionException e) {
                        throw new CompletionException(e.getCause() != null ? e.getCause() : e);
                    }
                },
                executor);
    }

    /** For timeouts of the adapter: the sender's own thread, so they never overtake a send in progress. */
    ScheduledExecutorService scheduler() {
        return executor;
    }

    @Override
    public void close() throws Exception {
        executor.shutdownNow();
        producer.stop();
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
