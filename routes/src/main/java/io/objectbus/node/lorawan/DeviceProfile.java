// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawan;

import io.objectbus.component.lorawan.frame.Hex;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the adapter shows one device: its codec, name, location, reporting interval (past which its values turn stale),
 * and the FPort and confirmation of its downlinks.
 *
 * @param devEui    16 hex digits, lower case
 * @param codec     lpp, layout:<file.yaml>, class:<Java class> or none
 * @param name      display name, or the object id
 * @param location  where it is, or null
 * @param interval  seconds between its uplinks; 0 never turns stale
 * @param fPort     FPort of its downlinks
 * @param confirmed whether its downlinks are confirmed
 */
record DeviceProfile(
        String devEui, String codec, String name, String location, long interval, int fPort, boolean confirmed) {

    /** Profiles from "DevEUI, codec[, name=..., location=..., interval=s, fport=n, confirmed=true]; ...". */
    static Map<String, DeviceProfile> parse(String text, DeviceProfile defaults) {
        Map<String, DeviceProfile> profiles = new LinkedHashMap<>();
        for (String entry : (text == null ? "" : text).split("[;\\n]")) {
            if (!entry.isBlank()) {
                DeviceProfile p = one(entry.strip(), defaults);
                profiles.put(p.devEui, p);
            }
        }
        return profiles;
    }

    /** The profile a device gets when none is configured. */
    DeviceProfile forDevice(String eui) {
        return new DeviceProfile(eui, codec, null, location, interval, fPort, confirmed);
    }

    private static DeviceProfile one(String entry, DeviceProfile d) {
        String[] f = entry.split("\\s*,\\s*");
        if (f.length < 2) {
            throw new IllegalArgumentException("a device is 'DevEUI, codec[, name=...]', got '" + entry + "'");
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < f.length; i++) {
            int eq = f[i].indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("device " + f[0] + ": expected key=value, got '" + f[i] + "'");
            }
            options.put(f[i].substring(0, eq).strip(), f[i].substring(eq + 1).strip());
        }
        String eui = Hex.eui(Hex.eui(f[0]));
        return new DeviceProfile(
                eui,
                f[1],
                options.get("name"),
                options.getOrDefault("location", d.location),
                Long.parseLong(options.getOrDefault("interval", String.valueOf(d.interval))),
                Integer.parseInt(options.getOrDefault("fport", String.valueOf(d.fPort))),
                Boolean.parseBoolean(options.getOrDefault("confirmed", String.valueOf(d.confirmed))));
    }
}
