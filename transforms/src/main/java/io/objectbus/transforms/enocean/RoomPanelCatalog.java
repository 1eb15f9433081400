// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A5-10 room operating panels. Types 01..0D: DB3 fan speed switch, DB2 set point 0..255, DB1 temperature 255..0 for
 * 0..40 °C, DB0.0 occupancy button (0 pressed), slide switch (0 night, 1 day) or contact (0 closed, 1 open). Types
 * 10..14 add humidity: DB3 set point, DB2 humidity 0..250, DB1 temperature 0..250 for 0..40 °C. Types 15..23 are in
 * {@link RoomPanelControlCatalog}.
 */
final class RoomPanelCatalog {

    private static final String FAN = "F";
    private static final String SET_POINT = "S";
    private static final String OCCUPANCY = "O";
    private static final String SLIDE = "D";
    private static final String CONTACT = "C";

    /** TYPE and its fields besides temperature, in the letters above. */
    private static final Object[][] TYPES = {
        {0x01, "FSO"},
        {0x02, "FSD"},
        {0x03, "S"},
        {0x04, "FS"},
        {0x05, "SO"},
        {0x06, "SD"},
        {0x07, "F"},
        {0x08, "FO"},
        {0x09, "FD"},
        {0x0A, "SC"},
        {0x0B, "C"},
        {0x0C, "O"},
        {0x0D, "D"}
    };

    private static final Object[][] HUMIDITY_TYPES = {{0x10, "SO"}, {0x11, "SD"}, {0x12, "S"}, {0x13, "O"}, {0x14, "D"}
    };

    private RoomPanelCatalog() {}

    static List<EepProfile> profiles() {
        List<EepProfile> profiles = new ArrayList<>();
        for (Object[] t : TYPES) {
            profiles.add(panel((Integer) t[0], (String) t[1], false));
        }
        for (Object[] t : HUMIDITY_TYPES) {
            profiles.add(panel((Integer) t[0], (String) t[1], true));
        }
        return profiles;
    }

    private static EepProfile panel(int type, String letters, boolean humidity) {
        List<Field> fields = new ArrayList<>();
        if (letters.contains(FAN)) {
            fields.add(fanSwitch());
        }
        if (letters.contains(SET_POINT)) {
            fields.add(Field.integer("setPoint", humidity ? 0 : 8, 8, null));
        }
        if (humidity) {
            fields.add(Field.scaled("humidity", 8, 8, 0, 250, 0, 100, "%RH"));
            fields.add(Field.scaled("temperature", 16, 8, 0, 250, 0, 40, "Cel"));
        } else {
            fields.add(Field.scaled("temperature", 16, 8, 255, 0, 0, 40, "Cel"));
        }
        fields.add(switchField(letters));
        fields.removeIf(java.util.Objects::isNull);
        String title = "Room Operating Panel " + String.format("%02X", type) + (humidity ? " with humidity" : "");
        return new TableProfile(new EepId(0xA5, 0x10, type), title, 4, fields);
    }

    /** DB3 fan speed turn-switch: 210..255 auto, 190..209 stage 0, 165..189 stage 1, 145..164 stage 2, 0..144 stage 3. */
    static Field fanSwitch() {
        return new RangeStatesField(
                "fanSpeed",
                0,
                8,
                new int[] {144, 164, 189, 209, 255},
                List.of("stage-3", "stage-2", "stage-1", "stage-0", "auto"));
    }

    private static Field switchField(String letters) {
        if (letters.contains(OCCUPANCY)) {
            return Field.flagWhenZero("occupancyButton", 31);
        }
        if (letters.contains(SLIDE)) {
            return Field.states("dayNight", 31, 1, Map.of(0, "night", 1, "day"));
        }
        if (letters.contains(CONTACT)) {
            return Field.states("contact", 31, 1, Map.of(0, "closed", 1, "open"));
        }
        return null;
    }
}
