// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean.adapter;

import io.objectbus.component.enocean.frame.EnoceanIds;
import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Rorg;
import io.objectbus.transforms.enocean.TeachInRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Telegrams from senders the gateway does not know are reported, never turned into objects: as an
 * {@code unknown-sender} event of the gateway object and a log line. A neighbour's sensor sends every few minutes
 * for years, so each sender is reported once per {@link #QUIET} and only the most recent senders are remembered.
 */
final class UnknownSenders {

    static final Duration QUIET = Duration.ofMinutes(10);
    private static final int REMEMBERED = 1024;

    private final Map<Integer, Instant> reported = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Instant> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** The event to publish for this telegram, or empty when the sender was reported recently. */
    synchronized Optional<Map<String, Object>> report(
            Erp1Telegram t, Optional<TeachInRequest> teachIn, boolean learning, Instant now) {
        Instant last = reported.get(t.senderId());
        if (last != null && last.plus(QUIET).isAfter(now)) {
            return Optional.empty();
        }
        reported.put(t.senderId(), now);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", "unknown-sender");
        event.put("sender", EnoceanIds.toHex(t.senderId()));
        event.put("rorg", Rorg.name(t.rorg()));
        if (t.hasDbm()) {
            event.put("dbm", t.dbm());
        }
        teachIn.flatMap(TeachInRequest::eep).ifPresent(eep -> event.put("eep", eep.toString()));
        event.put("hint", hint(t, teachIn, learning));
        return Optional.of(event);
    }

    /** Forgets a sender that has just been taught in, so that a later deletion is reported again. */
    synchronized void forget(int senderId) {
        reported.remove(senderId);
    }

    private static String hint(Erp1Telegram t, Optional<TeachInRequest> teachIn, boolean learning) {
        if (teachIn.isPresent() && teachIn.get().eep().isEmpty()) {
            return "a teach-in without profile: add the device to the adapter's devices with its EEP";
        }
        if (t.rorg() == Rorg.RPS) {
            return "switches and handles (RPS) have no teach-in: add the device to the adapter's devices";
        }
        return learning
                ? "not a teach-in telegram: press the device's teach-in button"
                : "switch learn-mode on and press the device's teach-in button, or add it to the adapter's devices";
    }
}
