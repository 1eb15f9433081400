// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

import io.objectbus.component.lorawan.frame.Hex;
import java.util.ArrayList;
import java.util.List;

/**
 * A device activated by personalisation: its address and session keys are configured, not negotiated.
 *
 * @param devEui  the device EUI (names the device)
 * @param devAddr its fixed address
 * @param nwkSKey network session key
 * @param appSKey application session key
 */
public record AbpDevice(long devEui, int devAddr, byte[] nwkSKey, byte[] appSKey) {

    /** Devices from "DevEUI, DevAddr, NwkSKey, AppSKey; ..." (hex, one device per ';'). */
    public static List<AbpDevice> parse(String text) {
        List<AbpDevice> devices = new ArrayList<>();
        for (String[] f : DeviceLists.entries(text, 4, "DevEUI, DevAddr, NwkSKey, AppSKey")) {
            devices.add(new AbpDevice(Hex.eui(f[0]), Hex.devAddr(f[1]), Hex.key(f[2]), Hex.key(f[3])));
        }
        return devices;
    }
}
