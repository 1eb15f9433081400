// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.enocean;

import io.objectbus.component.enocean.frame.BaseIdInfo;
import io.objectbus.component.enocean.frame.CommonCommand;
import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.VersionInfo;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's side of the gateway: sends telegrams through the {@code enocean} producer one at a time on its own
 * thread (the radio is half duplex, and neither the bus's nor the gateway's threads may wait for a RESPONSE), and
 * learns the gateway's base ID and version, asking again with backoff until the gateway answers.
 */
final class GatewayLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayLink.class);
    private static final long FIRST_RETRY_MILLIS = 200;
    private static final long MAX_RETRY_MILLIS = 10_000;
    /** How long a telegram waits for the base ID it is sent from, e.g. right after the gateway (re)connected. */
    static final long IDENTIFY_WAIT_MILLIS = 5_000;

    private final String uri;
    private final ProducerTemplate producer;
    private final ScheduledExecutorService executor;
    /** Completed once the gateway gave its base ID; a write made before waits for it (at most {@link #IDENTIFY_WAIT}). */
    private final CompletableFuture<BaseIdInfo> identified = new CompletableFuture<>();

    private volatile BaseIdInfo baseId;
    private volatile VersionInfo version;

    GatewayLink(CamelContext context, String uri, String name) {
        this.uri = uri;
        this.producer = context.createProducerTemplate();
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "enocean-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Asks for base ID and version until the gateway answers, then calls back once. */
    void identify(Consumer<GatewayLink> identified) {
        executor.execute(() -> identify(identified, FIRST_RETRY_MILLIS));
    }

    private void identify(Consumer<GatewayLink> identified, long retryMillis) {
        try {
            baseId = producer.requestBody(uri, CommonCommand.readIdBase(), BaseIdInfo.class);
            version = readVersion();
            this.identified.complete(baseId);
            identified.accept(this);
        } catch (RuntimeException e) {
            String reason = rootMessage(e);
            if (retryMillis == FIRST_RETRY_MILLIS) {
                LOG.info("EnOcean gateway {} did not give its base ID yet ({}); asking again", uri, reason);
            }
            long next = Math.min(retryMillis * 2, MAX_RETRY_MILLIS);
            executor.schedule(() -> identify(identified, next), retryMillis, TimeUnit.MILLISECONDS);
        }
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

    /** For timeouts of the adapter: the link's own thread, so they never overtake a send in progress. */
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
