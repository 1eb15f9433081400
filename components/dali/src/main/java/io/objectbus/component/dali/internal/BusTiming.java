// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

import io.objectbus.component.dali.DaliException;
import io.objectbus.component.dali.GatewayTransport;
import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.ForwardFrame;
import java.io.IOException;
import java.util.List;

/**
 * The timing rules of the bus: at least {@code frameGapMillis} between the end of one exchange and the next frame
 * (IEC 62386-101 clause 8.1: settling times of 13.5 ms after a forward frame and 5.5 ms after a backward frame, so 14
 * ms by default), and the second frame of a send-twice command within 100 ms of the first (102 clause 9.3), or the
 * command fails rather than be half-applied.
 */
public final class BusTiming {

    /** 102 clause 9.3: both frames of a configuration command within this. */
    public static final long SEND_TWICE_WINDOW_NANOS = 100_000_000L;

    private final long frameGapNanos;
    private final long idlePollMillis;
    private long lastEnd;

    public BusTiming(long frameGapMillis, long idlePollMillis) {
        this.frameGapNanos = frameGapMillis * 1_000_000L;
        this.idlePollMillis = Math.max(1, idlePollMillis);
        this.lastEnd = System.nanoTime() - frameGapNanos;
    }

    long idlePollMillis() {
        return idlePollMillis;
    }

    /** Sends the frames in order, each send-twice frame twice, and gives what came back after the last one. */
    BackwardFrame send(GatewayTransport transport, List<ForwardFrame> frames) throws IOException, DaliException {
        BackwardFrame last = BackwardFrame.none();
        for (ForwardFrame frame : frames) {
            transmit(transport, frame);
            last = lastAnswer;
            if (frame.sendTwice()) {
                long firstAnswered = lastEnd;
                long second = transmit(transport, frame);
                // The gap we can be sure of: from the first frame's answer to the second frame's start.
                if (second - firstAnswered > SEND_TWICE_WINDOW_NANOS) {
                    throw new DaliException("the second frame of " + frame + " went out "
                            + (second - firstAnswered) / 1_000_000 + " ms after the first (must be within 100 ms): "
                            + "the gear ignored it");
                }
                last = lastAnswer;
            }
        }
        return last;
    }

    private BackwardFrame lastAnswer;

    private long transmit(GatewayTransport transport, ForwardFrame frame) throws IOException {
        long wait = lastEnd + frameGapNanos - System.nanoTime();
        if (wait > 0) {
            sleepNanos(wait);
        }
        long start = System.nanoTime();
        lastAnswer = transport.transmit(frame);
        lastEnd = System.nanoTime();
        return start;
    }

    private static void sleepNanos(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
