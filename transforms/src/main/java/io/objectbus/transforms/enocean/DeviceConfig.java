// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Devices given in configuration, one entry per line or separated by {@code ;}: the sender ID, the EEP, then options
 * as {@code key=value}, all separated by commas:
 *
 * <pre>
 * 002A1001, F6-02-01, name=Rocker hall
 * 01940005, D2-01-12, name=Lights, location=Office, offset=5
 * </pre>
 *
 * Options: {@code name}, {@code location}, {@code interval} (s), {@code channels}, {@code offset} (base ID offset the
 * actuator was taught with, 1..127), {@code dim-timer} (0..3), {@code manufacturer}.
 */
public final class DeviceConfig {

    private DeviceConfig() {}

    /**
     * The devices of a configuration text; blank text gives none.
     *
     * @throws IllegalArgumentException naming the entry that cannot be read, and why
     */
    public static List<EnoceanDevice> parse(String text) {
        List<EnoceanDevice> devices = new ArrayList<>();
        if (text == null) {
            return devices;
        }
        int n = 0;
        for (String entry : text.split("[;\\n]")) {
            n++;
            if (entry.isBlank() || entry.strip().startsWith("#")) {
                continue;
            }
            try {
                devices.add(entry(entry));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        "EnOcean device entry " + n + " '" + entry.strip() + "': " + e.getMessage(), e);
            }
        }
        return devices;
    }

    private static EnoceanDevice entry(String entry) {
        String[] parts = entry.split(",");
        if (parts.length < 2) {
            throw new IllegalArgumentException("expected SENDER, EEP[, key=value...]");
        }
        Map<String, String> options = options(parts);
        EnoceanDevice device = new EnoceanDevice(
                parts[0].strip(),
                parts[1].strip(),
                options.remove("name"),
                options.remove("location"),
                integer(options.remove("channels")),
                integer(options.remove("manufacturer")),
                number(options.remove("interval")),
                integer(options.remove("offset")),
                integer(options.remove("dim-timer")),
                EnoceanDevice.CONFIG,
                null);
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s) " + options.keySet()
                    + "; options are name, location, interval, channels, offset, dim-timer, manufacturer");
        }
        return device;
    }

    private static Map<String, String> options(String[] parts) {
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException("expected key=value, got '" + parts[i].strip() + "'");
            }
            options.put(kv[0].strip().toLowerCase(Locale.ROOT), kv[1].strip());
        }
        return options;
    }

    private static Integer integer(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    private static Long number(String text) {
        return text == null ? null : Long.valueOf(text);
    }
}
