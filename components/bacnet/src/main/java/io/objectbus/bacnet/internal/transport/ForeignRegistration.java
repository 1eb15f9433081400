// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal.transport;

import io.objectbus.bacnet.internal.Bvlc;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registration as a foreign device with a BBMD (Annex J.5.2): Register-Foreign-Device with a time-to-live, sent
 * again at half of it so that the entry never lapses, and broadcasts sent as Distribute-Broadcast-To-Network.
 */
public final class ForeignRegistration {
    private static final Logger LOG = LoggerFactory.getLogger(ForeignRegistration.class);

    private final InetSocketAddress bbmd;
    private final Duration ttl;
    private final ScheduledExecutorService scheduler;
    private ScheduledFuture<?> renewal;

    public ForeignRegistration(InetSocketAddress bbmd, Duration ttl, ScheduledExecutorService scheduler) {
        this.bbmd = bbmd;
        this.ttl = ttl;
        this.scheduler = scheduler;
    }

    public boolean isActive() {
        return bbmd != null;
    }

    public InetSocketAddress bbmd() {
        return bbmd;
    }

    void start(UdpTransport transport) {
        if (bbmd == null) {
            return;
        }
        long seconds = Math.max(1, Math.min(ttl.toSeconds(), 0xFFFF));
        long periodMillis = Math.max(500, seconds * 1000 / 2);
        renewal = scheduler.scheduleAtFixedRate(
                () -> register(transport, (int) seconds), 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    private void register(UdpTransport transport, int seconds) {
        try {
            transport.sendBvlc(new Bvlc.RegisterForeignDevice(seconds), bbmd);
            LOG.debug("Registered as foreign device with BBMD {} for {} s", bbmd, seconds);
        } catch (IOException e) {
            LOG.warn("Foreign device registration with BBMD {} failed: {}", bbmd, e.toString());
        }
    }

    void onResult(Bvlc.Result result, InetSocketAddress from) {
        if (result.code() != Bvlc.Result.SUCCESS) {
            LOG.warn("BBMD {} answered BVLC-Result NAK X'{}'", from, String.format("%04X", result.code()));
        }
    }

    void stop() {
        if (renewal != null) {
            renewal.cancel(false);
        }
    }
}
