// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.internal;

import io.objectbus.component.enocean.frame.Erp1Telegram;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Drops copies of the same radio event: a telegram with the same sender, RORG and user data as that sender's previous
 * one, within the window. Repeaters and several gateways deliver the original and its repeated copies a few tens of
 * milliseconds apart, with a different status (repeater count) and RSSI; only the data says whether it is the same
 * event. Comparing with the previous telegram only (not a history) keeps a quick press-release-press as three events.
 */
public final class TelegramDeduplicator {

    private static final int MAX_SENDERS = 10_000;

    private record Seen(int rorg, byte[] data, long atNanos) {}

    private final long windowNanos;
    private final Map<Integer, Seen> last = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Seen> eldest) {
            return size() > MAX_SENDERS;
        }
    };

    public TelegramDeduplicator(long windowMillis) {
        this.windowNanos = windowMillis * 1_000_000L;
    }

    /** Whether this telegram is new, given the time it arrived; a repeat within the window answers false. */
    public synchronized boolean accept(Erp1Telegram t, long nowNanos) {
        byte[] data = t.userData();
        Seen previous = last.get(t.senderId());
        boolean repeat = previous != null
                && previous.rorg == t.rorg()
                && Arrays.equals(previous.data, data)
                && nowNanos - previous.atNanos <= windowNanos;
        if (!repeat) {
            last.put(t.senderId(), new Seen(t.rorg(), data, nowNanos));
        }
        return !repeat;
    }
}
