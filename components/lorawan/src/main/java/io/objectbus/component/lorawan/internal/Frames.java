// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

import io.objectbus.component.lorawan.Reception;
import io.objectbus.component.lorawan.Uplink;
import io.objectbus.component.lorawan.crypto.LorawanCrypto;
import io.objectbus.component.lorawan.frame.DataFrame;
import io.objectbus.component.lorawan.frame.DataFrames;
import io.objectbus.component.lorawan.frame.FrameException;
import io.objectbus.component.lorawan.frame.Hex;
import io.objectbus.component.lorawan.frame.JoinAccept;
import io.objectbus.component.lorawan.frame.JoinRequest;
import io.objectbus.component.lorawan.frame.MType;
import io.objectbus.component.lorawan.internal.Deduplicator.Heard;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a deduplicated frame means: a data uplink checked (session, frame counter, MIC), decrypted and delivered, then
 * answered in its receive window; a Join-Request checked (device, MIC, DevNonce) and answered with a Join-Accept.
 * Refusals go to the error callback with the reason. Used on the worker thread only.
 */
final class Frames {

    /** JOIN_ACCEPT_DELAY1 of the LoRaWAN 1.0.x regional parameters, seconds. */
    private static final int JOIN_ACCEPT_DELAY1 = 5;

    interface Refusal {
        void refuse(String reason, long gatewayEui, byte[] phy);
    }

    interface JoinRadio {
        void joinAccept(Downlinks.Answer answer, byte[] phy);
    }

    private final ServerSettings settings;
    private final SessionStore store;
    private final Map<Long, OtaaDevice> otaa;
    private final Downlinks downlinks;
    private final NetworkListener listener;
    private final Refusal refusal;
    private final JoinRadio joinRadio;
    private final SecureRandom random = new SecureRandom();

    Frames(
            ServerSettings settings,
            SessionStore store,
            Map<Long, OtaaDevice> otaa,
            Downlinks downlinks,
            NetworkListener listener,
            Refusal refusal,
            JoinRadio joinRadio) {
        this.settings = settings;
        this.store = store;
        this.otaa = otaa;
        this.downlinks = downlinks;
        this.listener = listener;
        this.refusal = refusal;
        this.joinRadio = joinRadio;
    }

    void handle(List<Heard> copies) {
        Heard best = copies.stream()
                .max(Comparator.comparingInt(h -> h.rxpk().rssi()))
                .orElseThrow();
        byte[] phy = best.rxpk().phy();
        if (phy.length == 0) {
            refusal.refuse("empty PHYPayload", best.gatewayEui(), phy);
            return;
        }
        MType type = MType.of(phy[0]);
        try {
            if (type == MType.JOIN_REQUEST) {
                join(JoinRequest.Serializer.decode(phy), best);
            } else if (type.isDataUp()) {
                uplink(DataFrame.Serializer.decode(phy), best, copies);
            } else {
                refusal.refuse("not an uplink message type: " + type, best.gatewayEui(), phy);
            }
        } catch (FrameException e) {
            refusal.refuse("truncated or malformed PHYPayload: " + e.getMessage(), best.gatewayEui(), phy);
        }
    }

    private void uplink(DataFrame frame, Heard best, List<Heard> copies) {
        byte[] phy = best.rxpk().phy();
        Session s = store.byAddr(frame.devAddr());
        if (s == null) {
            refusal.refuse("unknown DevAddr " + Hex.devAddr(frame.devAddr()), best.gatewayEui(), phy);
            return;
        }
        long fCnt = FrameCounter.next(s.fCntUp, frame.fCnt16());
        if (fCnt < 0) {
            String last = Long.toString(s.fCntUp);
            refusal.refuse(
                    "replayed or out of range frame counter " + frame.fCnt16() + " (last " + last + ")",
                    best.gatewayEui(),
                    phy);
            return;
        }
        if (!DataFrames.micMatches(frame, fCnt, s.nwk())) {
            refusal.refuse("wrong MIC for DevAddr " + Hex.devAddr(frame.devAddr()), best.gatewayEui(), phy);
            return;
        }
        s.fCntUp = fCnt;
        store.changed();
        byte[] clear = frame.fPort() < 0 ? new byte[0] : DataFrames.open(frame, fCnt, s.nwk(), s.app());
        List<Reception> receptions = copies.stream().map(Frames::reception).toList();
        listener.onUplink(new Uplink(
                Hex.eui(s.devEui),
                Hex.devAddr(s.devAddr),
                fCnt,
                frame.fPort(),
                clear,
                frame.confirmed(),
                frame.ack(),
                reception(best),
                receptions));
        downlinks.afterUplink(s, frame, answer(best, s.devEui, settings.rx1DelaySeconds()), System.nanoTime());
    }

    private void join(JoinRequest request, Heard best) {
        byte[] phy = best.rxpk().phy();
        OtaaDevice device = otaa.get(request.devEui());
        if (device == null || device.appEui() != request.appEui()) {
            refusal.refuse(
                    "unknown DevEUI " + Hex.eui(request.devEui()) + " or AppEUI " + Hex.eui(request.appEui()),
                    best.gatewayEui(),
                    phy);
            return;
        }
        if (!Arrays.equals(request.mic(), LorawanCrypto.joinMic(device.appKey(), request.micInput()))) {
            refusal.refuse("wrong MIC in the Join-Request of " + Hex.eui(request.devEui()), best.gatewayEui(), phy);
            return;
        }
        if (!store.useNonce(request.devEui(), request.devNonce())) {
            refusal.refuse(
                    "replayed DevNonce " + request.devNonce() + " of " + Hex.eui(request.devEui()),
                    best.gatewayEui(),
                    phy);
            return;
        }
        accept(device, request.devNonce(), best);
    }

    private void accept(OtaaDevice device, int devNonce, Heard best) {
        int appNonce = random.nextInt(1 << 24);
        int devAddr = freeAddress();
        byte[] appKey = device.appKey();
        byte[] nwkSKey = LorawanCrypto.sessionKey(appKey, 1, appNonce, settings.netId(), devNonce);
        byte[] appSKey = LorawanCrypto.sessionKey(appKey, 2, appNonce, settings.netId(), devNonce);
        store.put(new Session(device.devEui(), devAddr, nwkSKey, appSKey, true));
        store.save();
        int rxDelay = settings.rx1DelaySeconds();
        byte[] accept = JoinAccept.Serializer.encode(
                new JoinAccept(appNonce, settings.netId(), devAddr, 0, rxDelay, new byte[0]), appKey);
        joinRadio.joinAccept(answer(best, device.devEui(), JOIN_ACCEPT_DELAY1), accept);
        listener.onJoin(Hex.eui(device.devEui()), Hex.devAddr(devAddr), Hex.eui(best.gatewayEui()));
    }

    /** A DevAddr no session has, prefixed with the NwkID (the 7 low bits of the NetID). */
    private int freeAddress() {
        int prefix = (settings.netId() & 0x7F) << 25;
        int devAddr;
        do {
            devAddr = prefix | random.nextInt(1 << 25);
        } while (store.byAddr(devAddr) != null);
        return devAddr;
    }

    private static Downlinks.Answer answer(Heard h, long devEui, int delaySeconds) {
        long tmst = h.rxpk().tmst() + delaySeconds * 1_000_000L;
        return new Downlinks.Answer(
                h.gatewayEui(), devEui, tmst, h.rxpk().frequency(), h.rxpk().dataRate(), delaySeconds, h);
    }

    private static Reception reception(Heard h) {
        return new Reception(
                Hex.eui(h.gatewayEui()),
                h.rxpk().rssi(),
                h.rxpk().snr(),
                h.rxpk().frequency(),
                h.rxpk().dataRate(),
                h.rxpk().tmst(),
                h.rxpk().time());
    }
}
