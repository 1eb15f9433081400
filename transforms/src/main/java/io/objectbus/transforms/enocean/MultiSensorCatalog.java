// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A5-09-04 CO2 sensor and A5-14 multi-function sensors. */
final class MultiSensorCatalog {

    private MultiSensorCatalog() {}

    static List<EepProfile> profiles() {
        List<EepProfile> profiles = new ArrayList<>();
        profiles.add(TableProfile.bs4(
                0x09,
                0x04,
                "CO2 Sensor with Temperature and Humidity",
                Field.scaled("humidity", 0, 8, 0, 200, 0, 100, "%RH").when(29, 1, 1),
                Field.scaled("co2", 8, 8, 0, 255, 0, 2550, "ppm"),
                Field.scaled("temperature", 16, 8, 0, 255, 0, 51, "Cel").when(30, 1, 1)));
        profiles.add(multi(0x01, "Single Input Contact (Window/Door), Supply voltage monitor", contact()));
        profiles.add(
                multi(0x02, "Single Input Contact, Supply voltage monitor and Illumination", illuminance(), contact()));
        profiles.add(multi(0x03, "Single Input Contact, Supply voltage monitor and Vibration", vibration(), contact()));
        profiles.add(multi(
                0x04,
                "Single Input Contact, Supply voltage monitor, Vibration and Illumination",
                illuminance(),
                vibration(),
                contact()));
        profiles.add(multi(0x05, "Vibration/Tilt, Supply voltage monitor", vibration()));
        profiles.add(
                multi(0x06, "Vibration/Tilt, Illumination and Supply voltage monitor", illuminance(), vibration()));
        profiles.add(multi(
                0x07,
                "Dual-door-contact with States Open/Closed and Locked/Unlocked, Supply voltage monitor",
                door(),
                lock()));
        profiles.add(multi(
                0x08,
                "Dual-door-contact with States Open/Closed and Locked/Unlocked, Supply voltage monitor and Vibration "
                        + "detection",
                door(),
                lock(),
                Field.states("vibration", 31, 1, Map.of(0, "none", 1, "detected"))));
        profiles.add(multi(0x09, "Window/Door-Frame Contact", windowContact()));
        profiles.add(multi(
                0x0A,
                "Window/Door-Frame Contact and Vibration",
                windowContact(),
                Field.states("vibration", 31, 1, Map.of(0, "none", 1, "detected"))));
        return profiles;
    }

    /** DB3 supply voltage 0..250 for 0..5.0 V, then the type's fields. */
    private static EepProfile multi(int type, String title, Field... fields) {
        Field[] all = new Field[fields.length + 1];
        all[0] = Field.scaled("supplyVoltage", 0, 8, 0, 250, 0, 5.0, "V");
        System.arraycopy(fields, 0, all, 1, fields.length);
        return TableProfile.bs4(0x14, type, "Multi-Func Sensor: " + title, all);
    }

    private static Field illuminance() {
        return Field.scaled("illuminance", 8, 8, 0, 250, 0, 1000, "lx");
    }

    private static Field vibration() {
        return Field.states("vibration", 30, 1, Map.of(0, "none", 1, "detected"));
    }

    private static Field contact() {
        return Field.states("contact", 31, 1, Map.of(0, "open", 1, "closed"));
    }

    /** A5-14-07/08 DB0.2: door contact, 0 closed, 1 open. */
    private static Field door() {
        return Field.states("door", 29, 1, Map.of(0, "closed", 1, "open"));
    }

    /** A5-14-07/08 DB0.1: lock contact, 0 locked, 1 unlocked. */
    private static Field lock() {
        return Field.states("lock", 30, 1, Map.of(0, "locked", 1, "unlocked"));
    }

    /** DB0.2..1: 0b00 closed, 0b01 tilted, 0b11 open. */
    private static Field windowContact() {
        return Field.states("contact", 29, 2, Map.of(0, "closed", 1, "tilted", 3, "open"));
    }
}
