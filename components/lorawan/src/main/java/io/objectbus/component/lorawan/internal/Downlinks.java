// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

import io.objectbus.component.lorawan.frame.DataFrame;
import io.objectbus.component.lorawan.frame.DataFrames;
import io.objectbus.component.lorawan.frame.MType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Class A downlinks: a queue per device, one downlink sent in the receive window after each of its uplinks; an
 * unconfirmed one is done when its gateway reports it sent (TX_ACK), a confirmed one when the device's next uplink
 * acknowledges it (a next uplink without ACK is a nack). Used on the worker thread only.
 */
final class Downlinks {

    /** A queued downlink and the outcome its sender waits for. */
    record Downlink(
            long devEui,
            int fPort,
            byte[] payload,
            boolean confirmed,
            CompletableFuture<String> outcome,
            long deadline) {}

    /** Sends a frame through a gateway in the receive window after an uplink; false when it cannot. */
    interface Radio {
        boolean answer(Answer answer, byte[] phy, int token);
    }

    /**
     * Where to answer: the gateway that heard the uplink best (heard), the device, and the receive window: tmst is the
     * gateway's counter delaySeconds after the uplink.
     */
    record Answer(
            long gatewayEui,
            long devEui,
            long tmst,
            double frequency,
            String dataRate,
            int delaySeconds,
            Deduplicator.Heard heard) {}

    /**
     * A downlink on its way, and the time (System.nanoTime) before which no uplink can answer it: the device sends
     * nothing while its receive windows are open.
     */
    private record Sent(Downlink downlink, long notBefore) {}

    private final Map<Long, Deque<Downlink>> queues = new HashMap<>();
    private final Map<Long, Sent> awaitingAck = new HashMap<>();
    private final Map<Integer, Sent> awaitingTx = new HashMap<>();
    private final Radio radio;
    private final long windowNanos;
    private int token;

    /** @param windowSeconds how long after an uplink the device listens (RX1 delay, + 1 s for RX2) */
    Downlinks(Radio radio, int windowSeconds) {
        this.radio = radio;
        this.windowNanos = windowSeconds * 1_000_000_000L;
    }

    void enqueue(Downlink downlink) {
        queues.computeIfAbsent(downlink.devEui(), k -> new ArrayDeque<>()).add(downlink);
    }

    /**
     * After a device's uplink: settles the confirmed downlink it answers, then sends the next one or an ACK. An uplink
     * from before the last downlink's window closed cannot answer it and gets nothing.
     */
    void afterUplink(Session s, DataFrame uplink, Answer answer, long now) {
        Sent waiting = awaitingAck.get(s.devEui);
        if (waiting != null && now - waiting.notBefore() < 0) {
            return;
        }
        if (waiting != null) {
            awaitingAck.remove(s.devEui);
            settle(waiting.downlink(), uplink.ack());
        }
        Deque<Downlink> queue = queues.getOrDefault(s.devEui, new ArrayDeque<>());
        Downlink next = queue.poll();
        if (next == null && !uplink.confirmed()) {
            return;
        }
        int fCtrl = (uplink.confirmed() ? DataFrame.ACK : 0) | (queue.isEmpty() ? 0 : DataFrame.FPENDING);
        MType type = next != null && next.confirmed() ? MType.CONFIRMED_DATA_DOWN : MType.UNCONFIRMED_DATA_DOWN;
        byte[] phy = DataFrames.seal(
                type,
                s.devAddr,
                fCtrl,
                s.fCntDown++,
                next == null ? -1 : next.fPort(),
                next == null ? new byte[0] : next.payload(),
                s.nwkSKey,
                s.appSKey);
        int sent = ++token & 0xFFFF;
        if (next != null) {
            awaitingTx.put(sent, new Sent(next, now + windowNanos));
        }
        if (!radio.answer(answer, phy, sent)) {
            awaitingTx.remove(sent);
            fail(next, "the gateway that heard the device cannot send: no PULL_DATA and no Basics Station connection");
        }
    }

    /** A gateway's TX_ACK: error NONE (or none given) means sent. */
    void txAck(int ackToken, String error) {
        Sent sent = awaitingTx.remove(ackToken);
        if (sent == null) {
            return;
        }
        Downlink d = sent.downlink();
        if (error != null && !error.isEmpty() && !"NONE".equals(error)) {
            fail(d, "the gateway did not send the downlink: " + error);
        } else if (d.confirmed()) {
            awaitingAck.put(d.devEui(), sent);
        } else {
            d.outcome().complete("sent");
        }
    }

    /** Fails the downlinks past their deadline. */
    void expire(long now) {
        queues.values().forEach(q -> expire(q.iterator(), now, "no uplink from the device to answer"));
        expireSent(awaitingTx.values().iterator(), now, "no TX_ACK from the gateway");
        expireSent(awaitingAck.values().iterator(), now, "no uplink from the device to acknowledge it");
    }

    private static void expireSent(Iterator<Sent> it, long now, String why) {
        while (it.hasNext()) {
            Downlink d = it.next().downlink();
            if (now - d.deadline() > 0) {
                it.remove();
                fail(d, "timed out: " + why);
            }
        }
    }

    private static void expire(Iterator<Downlink> it, long now, String why) {
        while (it.hasNext()) {
            Downlink d = it.next();
            if (now - d.deadline() > 0) {
                it.remove();
                fail(d, "timed out: " + why);
            }
        }
    }

    private static void settle(Downlink d, boolean acked) {
        if (acked) {
            d.outcome().complete("acknowledged");
        } else {
            fail(d, "not acknowledged: the device's next uplink had no ACK");
        }
    }

    private static void fail(Downlink d, String reason) {
        if (d != null) {
            d.outcome().completeExceptionally(new DownlinkException(reason));
        }
    }
}
