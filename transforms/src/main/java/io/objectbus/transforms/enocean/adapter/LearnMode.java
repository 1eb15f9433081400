// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean.adapter;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The adapter's learn mode: while on, devices that send a teach-in telegram are added. It switches itself off after
 * the timeout, so a forgotten learn mode does not let the neighbours' devices in.
 */
final class LearnMode {

    private final Duration timeout;
    private final ScheduledExecutorService scheduler;
    private final Runnable expired;
    private volatile boolean on;
    private ScheduledFuture<?> expiry;

    /**
     * @param timeout how long learn mode stays on; zero for until switched off
     * @param expired told when the timeout switched learn mode off
     */
    LearnMode(Duration timeout, ScheduledExecutorService scheduler, Runnable expired) {
        this.timeout = timeout;
        this.scheduler = scheduler;
        this.expired = expired;
    }

    boolean on() {
        return on;
    }

    synchronized void set(boolean enable) {
        cancelExpiry();
        on = enable;
        if (enable && !timeout.isZero()) {
            expiry = scheduler.schedule(this::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void expire() {
        expiry = null;
        if (on) {
            on = false;
            expired.run();
        }
    }

    synchronized void close() {
        cancelExpiry();
        on = false;
    }

    private void cancelExpiry() {
        if (expiry != null) {
            expiry.cancel(false);
            expiry = null;
        }
    }
}
