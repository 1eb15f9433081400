// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the bus has done since it started, counted where it happens (the value engine, the write replies, the error
 * reporter) at the cost of one {@link LongAdder} increment each: the node's metrics read them. No metrics library
 * here; the node binds these counts to its own registry.
 */
public final class BusCounters {

    /** Reasons are text; only this many distinct reason kinds are counted apart, the rest as {@code other}. */
    static final int MAX_REASON_KINDS = 32;

    private static final int REASON_KIND_LENGTH = 40;

    private final LongAdder valuesIn = new LongAdder();
    private final LongAdder valuesOut = new LongAdder();
    private final LongAdder covSuppressed = new LongAdder();
    private final Map<String, LongAdder> writeReplies = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

    /** Samples adapters reported to the bus. */
    public long valuesIn() {
        return valuesIn.sum();
    }

    /** Values the bus published (changes, heartbeats, stale marks). */
    public long valuesOut() {
        return valuesOut.sum();
    }

    /** Samples that change of value kept from the bus (no change beyond the deadband). */
    public long covSuppressed() {
        return covSuppressed.sum();
    }

    /** Write replies by status ({@code accepted}, {@code applied}, {@code failed}, {@code timeout}, …). */
    public Map<String, Long> writeReplies() {
        return sums(writeReplies);
    }

    /** Reports on {@code $errors} by the kind of their reason: its text up to the first colon. */
    public Map<String, Long> errors() {
        return sums(errors);
    }

    void valueIn() {
        valuesIn.increment();
    }

    void valueOut() {
        valuesOut.increment();
    }

    void suppressed() {
        covSuppressed.increment();
    }

    void writeReply(String status) {
        writeReplies.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    void error(String reason) {
        String kind = reasonKind(reason);
        LongAdder counter = errors.get(kind);
        if (counter == null) {
            counter = errors.size() < MAX_REASON_KINDS
                    ? errors.computeIfAbsent(kind, k -> new LongAdder())
                    : errors.computeIfAbsent("other", k -> new LongAdder());
        }
        counter.increment();
    }

    /**
     * The stable part of a reason: what comes before a colon (the reasons of the bus say the kind first, the details
     * after it), cut short, so that a metric gets a bounded set of labels.
     */
    static String reasonKind(String reason) {
        if (reason == null || reason.isBlank()) {
            return "unknown";
        }
        int colon = reason.indexOf(':');
        String kind = (colon > 0 ? reason.substring(0, colon) : reason).trim();
        return kind.length() > REASON_KIND_LENGTH ? kind.substring(0, REASON_KIND_LENGTH) : kind;
    }

    private static Map<String, Long> sums(Map<String, LongAdder> counters) {
        Map<String, Long> sums = new TreeMap<>();
        counters.forEach((key, counter) -> sums.put(key, counter.sum()));
        return sums;
    }
}
