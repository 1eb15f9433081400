// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

import io.objectbus.component.lorawan.frame.Hex;
import java.util.ArrayList;
import java.util.List;

/**
 * A device that may join over the air: its DevEUI, the JoinEUI (AppEUI) it sends, and its root key AppKey.
 *
 * @param devEui the device EUI
 * @param appEui the join EUI the device sends in its Join-Request
 * @param appKey the device's AES-128 root key
 */
public record OtaaDevice(long devEui, long appEui, byte[] appKey) {

    /** Devices from "DevEUI, AppEUI, AppKey; ..." (hex, one device per ';'). */
    public static List<OtaaDevice> parse(String text) {
        List<OtaaDevice> devices = new ArrayList<>();
        for (String[] f : DeviceLists.entries(text, 3, "DevEUI, AppEUI, AppKey")) {
            devices.add(new OtaaDevice(Hex.eui(f[0]), Hex.eui(f[1]), Hex.key(f[2])));
        }
        return devices;
    }
}
