// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import io.objectbus.component.lorawan.frame.DataFrames;
import io.objectbus.component.lorawan.frame.Hex;
import io.objectbus.component.lorawan.frame.MType;
import io.objectbus.component.lorawan.gwmp.GwmpPacket;
import io.objectbus.component.lorawan.gwmp.GwmpType;
import java.util.Base64;
import java.util.Locale;
import java.util.Random;
import java.util.StringJoiner;

/**
 * ABP devices with keys of their own behind one packet forwarder gateway: their configuration for the node, and their
 * uplinks as the PUSH_DATA datagrams the gateway sends (one rxpk each, correct MIC and encryption, counters increasing
 * per device). Each uplink carries a Cayenne LPP temperature that differs from the device's previous one, so that
 * every uplink is a new value on the bus.
 */
final class LorawanFleet {

    static final long GATEWAY = 0xb827ebfffe00bbbbL;
    private static final long FIRST_EUI = 0x70b3d5e75f000000L;
    private static final int FIRST_ADDR = 0x26000000;

    private final int devices;
    private final byte[][] nwkSKeys;
    private final byte[][] appSKeys;
    private final long[] fCnt;

    LorawanFleet(int devices) {
        this.devices = devices;
        nwkSKeys = new byte[devices][16];
        appSKeys = new byte[devices][16];
        fCnt = new long[devices];
        Random keys = new Random(13);
        for (int d = 0; d < devices; d++) {
            keys.nextBytes(nwkSKeys[d]);
            keys.nextBytes(appSKeys[d]);
        }
    }

    int size() {
        return devices;
    }

    /** The abpDevices parameter of the lorawan-gateway kamelet: 'DevEUI, DevAddr, NwkSKey, AppSKey; …'. */
    String abpDevices() {
        StringJoiner all = new StringJoiner("; ");
        for (int d = 0; d < devices; d++) {
            all.add(Hex.eui(FIRST_EUI + d) + ", " + Hex.devAddr(FIRST_ADDR + d) + ", " + Hex.bytes(nwkSKeys[d]) + ", "
                    + Hex.bytes(appSKeys[d]));
        }
        return all.toString();
    }

    /** The next count uplinks, the devices taking turns, as datagrams ready to send. */
    byte[][] nextUplinks(int count) {
        byte[][] datagrams = new byte[count][];
        for (int i = 0; i < count; i++) {
            datagrams[i] = pushData(i % devices, i);
        }
        return datagrams;
    }

    private byte[] pushData(int d, int token) {
        long counter = ++fCnt[d];
        int tenths = (int) (counter % 1000);
        byte[] lpp = {1, 0x67, (byte) (tenths >> 8), (byte) tenths, 2, 0x68, (byte) (counter % 200)};
        byte[] phy = DataFrames.seal(
                MType.UNCONFIRMED_DATA_UP, FIRST_ADDR + d, 0, counter, 1, lpp, nwkSKeys[d], appSKeys[d]);
        String json = String.format(
                Locale.ROOT,
                "{\"rxpk\":[{\"tmst\":%d,\"chan\":0,\"rfch\":0,\"freq\":868.1,\"stat\":1,\"modu\":\"LORA\","
                        + "\"datr\":\"SF7BW125\",\"codr\":\"4/5\",\"rssi\":%d,\"lsnr\":%.1f,\"size\":%d,\"data\":\"%s\"}]}",
                (System.nanoTime() / 1000) & 0xFFFFFFFFL,
                -60 - d % 50,
                7.5,
                phy.length,
                Base64.getEncoder().encodeToString(phy));
        return GwmpPacket.Serializer.encode(new GwmpPacket(2, token & 0xFFFF, GwmpType.PUSH_DATA, GATEWAY, json));
    }

    /** A PULL_DATA keep-alive, which makes the gateway up on the node. */
    static byte[] pullData() {
        return GwmpPacket.Serializer.encode(new GwmpPacket(2, 1, GwmpType.PULL_DATA, GATEWAY, ""));
    }
}
