// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.List;

/** A5-06 light sensors, A5-07 occupancy sensors, A5-08 light, temperature and occupancy sensors. */
final class LightOccupancyCatalog {

    private LightOccupancyCatalog() {}

    static List<EepProfile> profiles() {
        return List.of(
                light(0x01, 5.1, 300, 30000, 600, 60000, "Range 300 lx to 60.000 lx"),
                light(0x02, 5.1, 0, 510, 0, 1020, "Range 0 lx to 1.020 lx"),
                TableProfile.bs4(
                        0x06,
                        0x03,
                        "Light Sensor, 10-bit measurement (1-Lux resolution)",
                        Field.scaled("supplyVoltage", 0, 8, 0, 250, 0, 5.0, "V"),
                        Field.scaled("illuminance", 8, 10, 0, 1000, 0, 1000, "lx")),
                TableProfile.bs4(
                        0x07,
                        0x01,
                        "Occupancy with Supply voltage monitor",
                        Field.scaled("supplyVoltage", 0, 8, 0, 250, 0, 5.0, "V").when(31, 1, 1),
                        new ThresholdField("occupancy", 16, 8, 128)),
                TableProfile.bs4(
                        0x07,
                        0x02,
                        "Occupancy with Supply voltage monitor",
                        Field.scaled("supplyVoltage", 0, 8, 0, 250, 0, 5.0, "V"),
                        Field.flag("occupancy", 24)),
                TableProfile.bs4(
                        0x07,
                        0x03,
                        "Occupancy with Supply voltage monitor and 10-bit illumination",
                        Field.scaled("supplyVoltage", 0, 8, 0, 250, 0, 5.0, "V"),
                        Field.scaled("illuminance", 8, 10, 0, 1000, 0, 1000, "lx"),
                        Field.flag("occupancy", 24)),
                occupancy(0x01, 510, 0, 51, "Range 0 lx to 510 lx, 0 °C to +51 °C and Occupancy Button"),
                occupancy(0x02, 1020, 0, 51, "Range 0 lx to 1020 lx, 0 °C to +51 °C and Occupancy Button"),
                occupancy(0x03, 1530, -30, 50, "Range 0 lx to 1530 lx, -30 °C to +50 °C and Occupancy Button"));
    }

    /**
     * A5-06-01/02: DB3 supply voltage, DB2 ILL2 (the finer range) when DB0.0 (RS) = 1, DB1 ILL1 when RS = 0. ILL2 is
     * listed first so that encoding picks the finer range whenever the value fits it.
     */
    private static EepProfile light(
            int type, double volts, double ill2Min, double ill2Max, double ill1Min, double ill1Max, String range) {
        return TableProfile.bs4(
                0x06,
                type,
                "Light Sensor, " + range,
                Field.scaled("supplyVoltage", 0, 8, 0, 255, 0, volts, "V"),
                Field.scaled("illuminance", 8, 8, 0, 255, ill2Min, ill2Max, "lx")
                        .when(31, 1, 1),
                Field.scaled("illuminance", 16, 8, 0, 255, ill1Min, ill1Max, "lx")
                        .when(31, 1, 0));
    }

    /** A5-08-01..03: DB0.1 PIR status 0 = motion (PIR on), DB0.0 occupancy button 0 = pressed. */
    private static EepProfile occupancy(int type, double lux, double tMin, double tMax, String range) {
        return TableProfile.bs4(
                0x08,
                type,
                "Light, Temperature and Occupancy Sensor, " + range,
                Field.scaled("supplyVoltage", 0, 8, 0, 255, 0, 5.1, "V"),
                Field.scaled("illuminance", 8, 8, 0, 255, 0, lux, "lx"),
                Field.scaled("temperature", 16, 8, 0, 255, tMin, tMax, "Cel"),
                Field.flagWhenZero("occupancy", 30),
                Field.flagWhenZero("occupancyButton", 31));
    }
}
