// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Bounds every way the node's JVM ends (SIGTERM, SIGINT, a timed run, a failed start): when the stop has not finished
 * within the bound, e.g. because a library thread hangs in its close, it halts the JVM with status 1, so that a
 * service manager never has to send SIGKILL.
 */
final class StopWatchdog {

    static final Duration DEFAULT_BOUND = Duration.ofSeconds(20);

    private StopWatchdog() {}

    /** Arms the watchdog when the JVM begins to shut down; the bound is read then. */
    static void install(Supplier<Duration> bound) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> arm(bound), "objectbus-stop-watchdog-arm"));
    }

    /**
     * The JVM waits for every shutdown hook but not for daemon threads: the wait runs on one, so that a quick stop
     * is not held up by it.
     */
    private static void arm(Supplier<Duration> bound) {
        Duration limit = boundOrDefault(bound);
        Thread watchdog = new Thread(() -> haltAfter(limit), "objectbus-stop-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static Duration boundOrDefault(Supplier<Duration> bound) {
        try {
            Duration limit = bound.get();
            return limit == null || limit.isNegative() || limit.isZero() ? DEFAULT_BOUND : limit;
        } catch (RuntimeException e) {
            return DEFAULT_BOUND;
        }
    }

    private static void haltAfter(Duration limit) {
        try {
            Thread.sleep(limit.toMillis());
        } catch (InterruptedException e) {
            return;
        }
        // The logging system may be stopped already by its own shutdown hook: standard error is still there.
        System.err.printf(
                "The node did not stop within %d s (objectbus.stop-timeout); ending it now.%n", limit.toSeconds());
        System.err.flush();
        Runtime.getRuntime().halt(1);
    }
}
