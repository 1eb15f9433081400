// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Misbehaviour on request, for tests and simulations: a device that stops answering altogether, drops the next few
 * requests, or answers a given service with an Error, Reject or Abort.
 */
public final class FaultPlan {
    private volatile boolean silent;
    private final AtomicInteger dropNext = new AtomicInteger();
    private final Map<Integer, Fault> faults = new ConcurrentHashMap<>();

    /** While silent, the device answers nothing, not even Who-Is. */
    public void silent(boolean value) {
        silent = value;
    }

    public boolean isSilent() {
        return silent;
    }

    /** Ignores the next {@code count} confirmed requests, as a lossy network would. */
    public void dropNext(int count) {
        dropNext.set(count);
    }

    /** Answers every request of {@code serviceChoice} with {@code fault} until cleared. */
    public void fail(int serviceChoice, Fault fault) {
        faults.put(serviceChoice, fault);
    }

    public void clear() {
        faults.clear();
        dropNext.set(0);
        silent = false;
    }

    boolean dropConfirmed() {
        return silent || dropNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    Fault faultFor(int serviceChoice) {
        return faults.get(serviceChoice);
    }
}
