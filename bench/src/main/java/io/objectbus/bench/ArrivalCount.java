// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The count of a measurement's arrivals against an expected count: when the 10 % and 90 % marks passed, when the last
 * message of any kind came, and the rate between the marks. Shared by the measuring subscribers; called from the MQTT
 * clients' threads.
 */
final class ArrivalCount {

    private final AtomicLong received = new AtomicLong();
    private volatile long expected = Long.MAX_VALUE;
    private volatile long markLow;
    private volatile long markHigh;
    private volatile long lastArrival;

    /** Starts a new measurement of {@code count} arrivals. */
    void expect(long count) {
        received.set(0);
        markLow = 0;
        markHigh = 0;
        lastArrival = 0; // the quiet wait runs from this measurement's first message, however late it starts
        expected = count;
    }

    /** A message came, counted or not: the quiet waits run from the last one. */
    long arrived() {
        long now = System.nanoTime();
        lastArrival = now;
        return now;
    }

    /** A message that counts came at {@code now} (from {@link #arrived()}). */
    void count(long now) {
        long n = received.incrementAndGet();
        if (n == expected / 10) {
            markLow = now;
        } else if (n == expected * 9 / 10) {
            markHigh = now;
        }
    }

    /** {@code n} messages that count came by {@code now}, handed over at once by a reader that batches them. */
    void count(long now, long n) {
        long after = received.addAndGet(n);
        long before = after - n;
        if (before < expected / 10 && after >= expected / 10) {
            markLow = now;
        }
        if (before < expected * 9 / 10 && after >= expected * 9 / 10) {
            markHigh = now;
        }
    }

    long received() {
        return received.get();
    }

    /** Waits until the expected count arrived or nothing came for a while; returns how many came. */
    long awaitQuiet(Duration silence, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (received.get() < expected && System.nanoTime() < deadline) {
            long last = lastArrival;
            TimeUnit.MILLISECONDS.sleep(100);
            if (last != 0 && System.nanoTime() - last > silence.toNanos()) {
                break;
            }
        }
        return received.get();
    }

    /** Waits until nothing has arrived for the given time (a new subscription's current picture has come). */
    void awaitSilence(Duration silence) throws InterruptedException {
        long since = System.nanoTime();
        while (System.nanoTime() - Math.max(since, lastArrival) < silence.toNanos()) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    /** Arrivals per second between the 10 % and 90 % marks; 0 when the 90 % mark was not reached. */
    double rateBetweenMarks() {
        if (markLow == 0 || markHigh <= markLow) {
            return 0;
        }
        return (expected * 8 / 10.0) / ((markHigh - markLow) / 1e9);
    }

    /** As {@link #rateBetweenMarks()}, or, short of the 90 % mark, the rate from the 10 % mark to the last arrival. */
    double rate() {
        if (markLow == 0) {
            return 0;
        }
        if (markHigh > markLow) {
            return rateBetweenMarks();
        }
        long counted = received.get() - expected / 10;
        return counted <= 0 ? 0 : counted / ((lastArrival - markLow) / 1e9);
    }
}
