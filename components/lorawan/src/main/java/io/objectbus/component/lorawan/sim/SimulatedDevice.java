// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.sim;

import io.objectbus.component.lorawan.crypto.LorawanCrypto;
import io.objectbus.component.lorawan.frame.DataFrame;
import io.objectbus.component.lorawan.frame.DataFrames;
import io.objectbus.component.lorawan.frame.FrameException;
import io.objectbus.component.lorawan.frame.Hex;
import io.objectbus.component.lorawan.frame.JoinAccept;
import io.objectbus.component.lorawan.frame.JoinRequest;
import io.objectbus.component.lorawan.frame.MType;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A class A end device as the network sees it: makes Join-Requests and sealed uplinks, takes a Join-Accept (deriving
 * its session keys) and downlinks (acknowledging confirmed ones in its next uplink). For simulated sites and tests.
 */
public final class SimulatedDevice {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final long devEui;
    private final long appEui;
    private final byte[] appKey;
    private final List<byte[]> downlinks = new CopyOnWriteArrayList<>();
    private int devAddr;
    private byte[] nwkSKey;
    private byte[] appSKey;
    private long fCntUp;
    private long fCntDown = -1;
    private int devNonce;
    private boolean ackNext;

    private SimulatedDevice(long devEui, long appEui, byte[] appKey) {
        this.devEui = devEui;
        this.appEui = appEui;
        this.appKey = appKey;
    }

    /** A device activated by personalisation (hex DevEUI, DevAddr, NwkSKey, AppSKey). */
    public static SimulatedDevice abp(String devEui, String devAddr, String nwkSKey, String appSKey) {
        SimulatedDevice d = new SimulatedDevice(Hex.eui(devEui), 0, null);
        d.devAddr = Hex.devAddr(devAddr);
        d.nwkSKey = Hex.key(nwkSKey);
        d.appSKey = Hex.key(appSKey);
        return d;
    }

    /** A device that joins over the air (hex DevEUI, AppEUI, AppKey). */
    public static SimulatedDevice otaa(String devEui, String appEui, String appKey) {
        return new SimulatedDevice(Hex.eui(devEui), Hex.eui(appEui), Hex.key(appKey));
    }

    public String devEui() {
        return Hex.eui(devEui);
    }

    public synchronized boolean joined() {
        return nwkSKey != null;
    }

    /** A Join-Request with a fresh DevNonce. */
    public synchronized byte[] joinRequest() {
        devNonce = RANDOM.nextInt(1 << 16);
        JoinRequest request = new JoinRequest(appEui, devEui, devNonce, new byte[4]);
        return JoinRequest.Serializer.encode(request.withMic(LorawanCrypto.joinMic(appKey, request.micInput())));
    }

    /** The next uplink; it acknowledges a confirmed downlink received since the last one. */
    public synchronized byte[] uplink(int fPort, byte[] clear, boolean confirmed) {
        MType type = confirmed ? MType.CONFIRMED_DATA_UP : MType.UNCONFIRMED_DATA_UP;
        int fCtrl = ackNext ? DataFrame.ACK : 0;
        ackNext = false;
        return DataFrames.seal(type, devAddr, fCtrl, fCntUp++, fPort, clear, nwkSKey, appSKey);
    }

    /** Sets the counter of the next uplink (to test counter roll-over). */
    public synchronized void nextFCnt(long fCnt) {
        fCntUp = fCnt;
    }

    /** Takes a frame a gateway sent; false when it is not for this device. */
    public synchronized boolean receive(byte[] phy) {
        if (phy.length == 0) {
            return false;
        }
        try {
            if (MType.of(phy[0]) == MType.JOIN_ACCEPT) {
                return appKey != null && !joined() && join(JoinAccept.Serializer.decode(phy, appKey));
            }
            return nwkSKey != null && data(DataFrame.Serializer.decode(phy));
        } catch (FrameException e) {
            return false;
        }
    }

    /** The clear payloads of the downlinks received. */
    public List<byte[]> downlinks() {
        return downlinks;
    }

    private boolean join(JoinAccept accept) {
        devAddr = accept.devAddr();
        nwkSKey = LorawanCrypto.sessionKey(appKey, 1, accept.appNonce(), accept.netId(), devNonce);
        appSKey = LorawanCrypto.sessionKey(appKey, 2, accept.appNonce(), accept.netId(), devNonce);
        fCntUp = 0;
        fCntDown = -1;
        return true;
    }

    private boolean data(DataFrame frame) {
        if (frame.devAddr() != devAddr || !frame.mType().isDataDown()) {
            return false;
        }
        long fCnt = fCntDown < 0 ? frame.fCnt16() : (fCntDown & ~0xFFFFL) | frame.fCnt16();
        if (!DataFrames.micMatches(frame, fCnt, nwkSKey) || fCnt <= fCntDown) {
            return false;
        }
        fCntDown = fCnt;
        ackNext = frame.confirmed();
        if (frame.fPort() > 0) {
            downlinks.add(DataFrames.open(frame, fCnt, nwkSKey, appSKey));
        }
        return true;
    }
}
