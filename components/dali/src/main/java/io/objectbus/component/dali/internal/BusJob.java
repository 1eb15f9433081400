// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.ForwardFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Frames that go on the bus together, in order (e.g. DTR0 then a configuration command), answered with what came
 * back after the last one. A job with a merge key is superseded by a later job with the same key while it waits:
 * the later frames take its place in the queue and both callers get their outcome ("latest wins").
 */
final class BusJob {

    private List<ForwardFrame> frames;
    private final String mergeKey;
    private final List<CompletableFuture<BackwardFrame>> callers = new ArrayList<>();

    BusJob(List<ForwardFrame> frames, String mergeKey, CompletableFuture<BackwardFrame> caller) {
        this.frames = List.copyOf(frames);
        this.mergeKey = mergeKey;
        this.callers.add(caller);
    }

    List<ForwardFrame> frames() {
        return frames;
    }

    String mergeKey() {
        return mergeKey;
    }

    /** Takes a later job's frames and caller; the earlier caller gets the later outcome. */
    void supersede(BusJob later) {
        frames = later.frames;
        callers.addAll(later.callers);
    }

    void complete(BackwardFrame answer) {
        callers.forEach(c -> c.complete(answer));
    }

    void fail(Throwable cause) {
        callers.forEach(c -> c.completeExceptionally(cause));
    }
}
