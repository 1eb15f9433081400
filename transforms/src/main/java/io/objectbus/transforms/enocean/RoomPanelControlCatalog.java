// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A5-10-15..23 room operating panels, as the field tables of EEP 2.6.x give them (offsets count from DB3.7):
 *
 * <pre>
 * 15..17  DB2.7..2 set point 0..63, DB2.1..DB1.0 temperature 1023..0 = -10..+41.2 °C, DB0.0 occupancy button
 * 18..1E  DB3 and DB2 by type (illumination, humidity, supply voltage, set points), DB1 temperature 250..0 = 0..40 °C,
 *         DB0.6..4 fan speed (0 auto, 1..6 stage 0..5, 7 off), occupancy enable and occupancy button in DB0.1/DB0.0
 * 1F      A5-10-01 layout with presence flags (DB0.6 temperature, DB0.5 set point, DB0.4 fan) and an unoccupancy
 *         button (DB0.1)
 * 20, 21  DB3 set point 0..255, DB2 humidity (21), DB1 temperature 0..250 = 0..40 °C, DB0.6..5 set point mode,
 *         DB0.4 battery low, DB0.0 user activity
 * 22, 23  DB3 relative set point, DB2 humidity, DB1 temperature 0..250, DB0.7..5 fan speed, DB0.0 occupancy (23)
 * </pre>
 */
final class RoomPanelControlCatalog {

    private static final List<String> SIX_STAGES =
            List.of("auto", "stage-0", "stage-1", "stage-2", "stage-3", "stage-4", "stage-5", "off");

    private static final String SUPPLY_ILLUMINATION =
            "Supply Voltage Monitor, Illumination, Temperature Sensor, Fan Speed and Occupancy Control";

    private RoomPanelControlCatalog() {}

    static List<EepProfile> profiles() {
        return List.of(
                panel(0x15, "10 Bit Temperature Sensor, 6 bit Set Point Control", setPoint6(), temperature10()),
                panel(
                        0x16,
                        "10 Bit Temperature Sensor, 6 bit Set Point Control; Occupancy Control",
                        setPoint6(),
                        temperature10(),
                        occupancyButton(31)),
                panel(0x17, "10 Bit Temperature Sensor, Occupancy Control", temperature10(), occupancyButton(31)),
                fanPanel(
                        0x18,
                        "Illumination, Temperature Set Point, Temperature Sensor, Fan Speed and Occupancy Control",
                        illuminance(0),
                        temperatureSetPoint()),
                panel(
                        0x19,
                        "Humidity, Temperature Set Point, Temperature Sensor, Fan Speed and Occupancy Control",
                        humidity(0),
                        temperatureSetPoint(),
                        temperature250Down(),
                        sixStageFan(),
                        // The table of type 19 has the two occupancy bits the other way round (DB0.0 enable).
                        occupancyControl(31),
                        occupancyButton(30)),
                fanPanel(
                        0x1A,
                        "Supply voltage monitor, Temperature Set Point, Temperature Sensor, Fan Speed and Occupancy "
                                + "Control",
                        supplyVoltage(),
                        temperatureSetPoint()),
                fanPanel(0x1B, SUPPLY_ILLUMINATION, supplyVoltage(), illuminance(8)),
                fanPanel(
                        0x1C,
                        "Illumination, Illumination Set Point, Temperature Sensor, Fan Speed and Occupancy Control",
                        illuminance(0),
                        Field.scaled("illuminanceSetPoint", 8, 8, 0, 250, 0, 1000, "lx")),
                fanPanel(
                        0x1D,
                        "Humidity, Humidity Set Point, Temperature Sensor, Fan Speed and Occupancy Control",
                        humidity(0),
                        Field.scaled("humiditySetPoint", 8, 8, 0, 250, 0, 100, "%RH")),
                fanPanel(0x1E, SUPPLY_ILLUMINATION, supplyVoltage(), illuminance(8)),
                panel(
                        0x1F,
                        "Temperature Sensor, Set Point, Fan Speed, Occupancy and Unoccupancy Control",
                        RoomPanelCatalog.fanSwitch().when(27, 1, 1),
                        Field.integer("setPoint", 8, 8, null).when(26, 1, 1),
                        Field.scaled("temperature", 16, 8, 255, 0, 0, 40, "Cel").when(25, 1, 1),
                        Field.flagWhenZero("unoccupancyButton", 30),
                        occupancyButton(31)),
                heatingPanel(0x20, "Temperature and Set Point with Special Heating States"),
                heatingPanel(0x21, "Temperature, Humidity and Set Point with Special Heating States", humidity(8)),
                panel(0x22, "Temperature, Setpoint, Humidity and Fan Speed", relativePanel()),
                panel(
                        0x23,
                        "Temperature, Setpoint, Humidity, Fan Speed and Occupancy",
                        append(relativePanel(), Field.flag("occupancy", 31))));
    }

    private static EepProfile panel(int type, String title, Field... fields) {
        return TableProfile.bs4(0x10, type, "Room Operating Panel: " + title, fields);
    }

    /** Types 18, 1A..1E: DB3, DB2 by type; DB1 temperature; fan speed; DB0.1 occupancy enable, DB0.0 button. */
    private static EepProfile fanPanel(int type, String title, Field db3, Field db2) {
        return panel(
                type, title, db3, db2, temperature250Down(), sixStageFan(), occupancyControl(30), occupancyButton(31));
    }

    private static EepProfile heatingPanel(int type, String title, Field... extra) {
        Field[] fields = {
            Field.integer("setPoint", 0, 8, null),
            Field.scaled("temperature", 16, 8, 0, 250, 0, 40, "Cel"),
            Field.states("setPointMode", 25, 2, Map.of(0, "set-point", 1, "frost-protection", 2, "automatic")),
            Field.flag("batteryLow", 27),
            Field.flag("userActivity", 31)
        };
        return panel(type, title, append(fields, extra));
    }

    private static Field[] relativePanel() {
        return new Field[] {
            Field.integer("setPoint", 0, 8, null),
            humidity(8),
            Field.scaled("temperature", 16, 8, 0, 250, 0, 40, "Cel"),
            Field.states("fanSpeed", 24, 3, Map.of(0, "auto", 1, "stage-0", 2, "stage-1", 3, "stage-2", 4, "stage-3"))
        };
    }

    private static Field[] append(Field[] fields, Field... more) {
        Field[] all = Arrays.copyOf(fields, fields.length + more.length);
        System.arraycopy(more, 0, all, fields.length, more.length);
        return all;
    }

    private static Field setPoint6() {
        return Field.integer("setPoint", 8, 6, null);
    }

    private static Field temperature10() {
        return Field.scaled("temperature", 14, 10, 1023, 0, -10, 41.2, "Cel");
    }

    private static Field temperature250Down() {
        return Field.scaled("temperature", 16, 8, 250, 0, 0, 40, "Cel");
    }

    private static Field temperatureSetPoint() {
        return Field.scaled("temperatureSetPoint", 8, 8, 250, 0, 0, 40, "Cel");
    }

    private static Field illuminance(int offset) {
        return Field.scaled("illuminance", offset, 8, 0, 250, 0, 1000, "lx");
    }

    private static Field humidity(int offset) {
        return Field.scaled("humidity", offset, 8, 0, 250, 0, 100, "%RH");
    }

    private static Field supplyVoltage() {
        return Field.scaled("supplyVoltage", 0, 8, 0, 250, 0, 5.0, "V");
    }

    private static Field sixStageFan() {
        Map<Integer, String> states = new HashMap<>();
        for (int raw = 0; raw < SIX_STAGES.size(); raw++) {
            states.put(raw, SIX_STAGES.get(raw));
        }
        return Field.states("fanSpeed", 25, 3, states);
    }

    private static Field occupancyControl(int offset) {
        return Field.states("occupancyControl", offset, 1, Map.of(0, "enabled", 1, "disabled"));
    }

    private static Field occupancyButton(int offset) {
        return Field.flagWhenZero("occupancyButton", offset);
    }
}
