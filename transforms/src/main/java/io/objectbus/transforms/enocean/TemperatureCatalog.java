// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A5-02 temperature sensors (every range) and A5-04-01..03 temperature and humidity sensors. */
final class TemperatureCatalog {

    /** A5-02 TYPE and range (min, max in °C) of the 8-bit types: DB1 255..0 maps to min..max. */
    private static final int[][] RANGES_8_BIT = {
        {0x01, -40, 0}, {0x02, -30, 10}, {0x03, -20, 20}, {0x04, -10, 30}, {0x05, 0, 40}, {0x06, 10, 50},
        {0x07, 20, 60}, {0x08, 30, 70}, {0x09, 40, 80}, {0x0A, 50, 90}, {0x0B, 60, 100}, {0x10, -60, 20},
        {0x11, -50, 30}, {0x12, -40, 40}, {0x13, -30, 50}, {0x14, -20, 60}, {0x15, -10, 70}, {0x16, 0, 80},
        {0x17, 10, 90}, {0x18, 20, 100}, {0x19, 30, 110}, {0x1A, 40, 120}, {0x1B, 50, 130}
    };

    private TemperatureCatalog() {}

    static List<EepProfile> profiles() {
        List<EepProfile> profiles = new ArrayList<>();
        for (int[] r : RANGES_8_BIT) {
            profiles.add(TableProfile.bs4(
                    0x02,
                    r[0],
                    "Temperature Sensor Range " + r[1] + " °C to " + r[2] + " °C",
                    Field.scaled("temperature", 16, 8, 255, 0, r[1], r[2], "Cel")));
        }
        // 10-bit types: DB2.1..DB1.0, 1023..0.
        profiles.add(TableProfile.bs4(
                0x02,
                0x20,
                "10 Bit Temperature Sensor Range -10 °C to +41.2 °C",
                Field.scaled("temperature", 14, 10, 1023, 0, -10, 41.2, "Cel")));
        profiles.add(TableProfile.bs4(
                0x02,
                0x30,
                "10 Bit Temperature Sensor Range -40 °C to +62.3 °C",
                Field.scaled("temperature", 14, 10, 1023, 0, -40, 62.3, "Cel")));
        profiles.add(humidity(0x01, 0, 40, "Range 0 °C to +40 °C and 0% to 100%"));
        profiles.add(humidity(0x02, -20, 60, "Range -20 °C to +60 °C and 0% to 100%"));
        profiles.add(TableProfile.bs4(
                0x04,
                0x03,
                "Range -20 °C to +60 °C 10bit-measurement and 0% to 100%",
                Field.scaled("humidity", 0, 8, 0, 255, 0, 100, "%RH"),
                Field.scaled("temperature", 14, 10, 0, 1023, -20, 60, "Cel"),
                Field.states("telegramType", 31, 1, Map.of(0, "heartbeat", 1, "event"))));
        return profiles;
    }

    /** A5-04-01/02: DB2 humidity 0..250, DB1 temperature 0..250 when DB0.1 (TSN) says the sensor is there. */
    private static EepProfile humidity(int type, double min, double max, String range) {
        return TableProfile.bs4(
                0x04,
                type,
                "Temperature and Humidity Sensor, " + range,
                Field.scaled("humidity", 8, 8, 0, 250, 0, 100, "%RH"),
                Field.scaled("temperature", 16, 8, 0, 250, min, max, "Cel").when(30, 1, 1));
    }
}
