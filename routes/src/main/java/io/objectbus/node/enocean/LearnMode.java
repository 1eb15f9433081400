// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.enocean;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The adapter's learn mode: while on, devices that send a teach-in telegram are added. It switches itself off after
 * the timeout, so a forgotten learn mode does not let the neighbours' devices in.
 */
final class LearnMode {

    private final Duration timeout;
    private final ScheduledExecutorService scheduler;
    private final Consumer<Boolean> changed;
    private volatile boolean on;
    private ScheduledFuture<?> expiry;

    /**
     * @param timeout how long learn mode stays on; zero for until switched off
     * @param changed told the new state after every change, also when the timeout ends it
     */
    LearnMode(Duration timeout, ScheduledExecutorService scheduler, Consumer<Boolean> changed) {
        this.timeout = timeout;
        this.scheduler = scheduler;
        this.changed = changed;
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
        changed.accept(enable);
    }

    private synchronized void expire() {
        expiry = null;
        if (on) {
            on = false;
            changed.accept(false);
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
