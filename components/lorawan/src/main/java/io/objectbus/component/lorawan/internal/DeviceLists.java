// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits a device list option: entries separated by ';' (or line breaks), fields by ','. */
final class DeviceLists {

    private DeviceLists() {}

    static List<String[]> entries(String text, int fields, String shape) {
        List<String[]> entries = new ArrayList<>();
        if (text == null) {
            return entries;
        }
        for (String entry : text.split("[;\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] f = entry.strip().split("\\s*,\\s*");
            if (f.length != fields) {
                throw new IllegalArgumentException("a device is '" + shape + "', got '"
                        + entry.strip().replaceAll("[0-9a-fA-F]{32}", "<key>") + "'");
            }
            entries.add(f);
        }
        return entries;
    }
}
