// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import io.objectbus.bus.Json;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The state and counters of one link, as the node descriptor lists them under {@code links}: what was sent,
 * received, stored for later, dropped because the store was full, and the requests not kept while it was down.
 */
public final class LinkStatus {

    public enum State {
        starting,
        connecting,
        waiting,
        up,
        down,
        refused,
        stopped
    }

    private final String name;
    private final String remote;
    private final String url;
    private final Clock clock;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong requestsDropped = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong gaps = new AtomicLong();
    private volatile State state = State.starting;
    private volatile String since;
    private volatile String error;
    private volatile LongSupplier queued = () -> 0;

    public LinkStatus(String name, String remote, String url, Clock clock) {
        this.name = name;
        this.remote = remote;
        this.url = url;
        this.clock = clock;
        this.since = Json.timestamp(clock.instant());
    }

    /** Returns whether the state changed. */
    public boolean state(State next, String why) {
        error = why;
        if (state == next) {
            return false;
        }
        state = next;
        since = Json.timestamp(clock.instant());
        return true;
    }

    public State state() {
        return state;
    }

    void queuedBy(LongSupplier supplier) {
        this.queued = supplier;
    }

    void sent() {
        sent.incrementAndGet();
    }

    void received() {
        received.incrementAndGet();
    }

    void stored() {
        stored.incrementAndGet();
    }

    /** Counts a message the full store refused; returns the count. */
    long dropped() {
        return dropped.incrementAndGet();
    }

    void requestDropped() {
        requestsDropped.incrementAndGet();
    }

    void duplicate() {
        duplicates.incrementAndGet();
    }

    void gap() {
        gaps.incrementAndGet();
    }

    public long droppedCount() {
        return dropped.get();
    }

    /** Messages waiting in the store now. */
    public long waiting() {
        return queued.getAsLong();
    }

    public long sentCount() {
        return sent.get();
    }

    public Map<String, Object> describe() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", name);
        if (remote != null) {
            status.put("node", remote);
        }
        status.put("url", url);
        status.put("state", state.name());
        status.put("since", since);
        if (error != null) {
            status.put("reason", error);
        }
        status.put("sent", sent.get());
        status.put("received", received.get());
        status.put("queued", queued.getAsLong());
        status.put("stored", stored.get());
        status.put("dropped", dropped.get());
        status.put("requestsDropped", requestsDropped.get());
        status.put("duplicates", duplicates.get());
        status.put("gaps", gaps.get());
        return status;
    }
}
