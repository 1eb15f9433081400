// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawan;

import java.util.List;

/**
 * The data types of Cayenne LPP: the IPSO-based types of the myDevices Cayenne LPP documentation and the extended
 * ones of the ElectronicCats CayenneLPP library (CayenneLPP.h), each with its size, signedness, resolution and unit.
 * Multi-value types (accelerometer, gyrometer, colour, GPS) have one part per value.
 */
enum LppType {
    DIGITAL_INPUT(0, "digitalInput", part(1, false, 1, null)),
    DIGITAL_OUTPUT(1, "digitalOutput", part(1, false, 1, null)),
    ANALOG_INPUT(2, "analogInput", part(2, true, 0.01, null)),
    ANALOG_OUTPUT(3, "analogOutput", part(2, true, 0.01, null)),
    GENERIC_SENSOR(100, "generic", part(4, false, 1, null)),
    LUMINOSITY(101, "illuminance", part(2, false, 1, "lx")),
    PRESENCE(102, "presence", part(1, false, 1, null)),
    TEMPERATURE(103, "temperature", part(2, true, 0.1, "Cel")),
    RELATIVE_HUMIDITY(104, "humidity", part(1, false, 0.5, "%RH")),
    ACCELEROMETER(
            113, "acceleration", axis("X", 2, 0.001, "[g]"), axis("Y", 2, 0.001, "[g]"), axis("Z", 2, 0.001, "[g]")),
    BAROMETRIC_PRESSURE(115, "pressure", part(2, false, 0.1, "hPa")),
    VOLTAGE(116, "voltage", part(2, false, 0.01, "V")),
    CURRENT(117, "current", part(2, false, 0.001, "A")),
    FREQUENCY(118, "frequency", part(4, false, 1, "Hz")),
    PERCENTAGE(120, "percentage", part(1, false, 1, "%")),
    ALTITUDE(121, "altitude", part(2, true, 1, "m")),
    CONCENTRATION(125, "concentration", part(2, false, 1, "ppm")),
    POWER(128, "power", part(2, false, 1, "W")),
    DISTANCE(130, "distance", part(4, false, 0.001, "m")),
    ENERGY(131, "energy", part(4, false, 0.001, "kW.h")),
    DIRECTION(132, "direction", part(2, false, 1, "deg")),
    UNIX_TIME(133, "unixTime", part(4, false, 1, "s")),
    GYROMETER(134, "rotation", axis("X", 2, 0.01, "deg/s"), axis("Y", 2, 0.01, "deg/s"), axis("Z", 2, 0.01, "deg/s")),
    COLOUR(135, "colour", rgb("R"), rgb("G"), rgb("B")),
    GPS(
            136,
            "",
            named("latitude", 3, 0.0001, "deg"),
            named("longitude", 3, 0.0001, "deg"),
            named("altitude", 3, 0.01, "m")),
    SWITCH(142, "switch", part(1, false, 1, null));

    /** One value of a type: where its name comes from, width, signedness, resolution and unit. */
    record Part(String suffix, boolean replacesName, int size, boolean signed, double scale, String unit) {}

    final int id;
    final String name;
    final List<Part> parts;

    LppType(int id, String name, Part... parts) {
        this.id = id;
        this.name = name;
        this.parts = List.of(parts);
    }

    int size() {
        return parts.stream().mapToInt(Part::size).sum();
    }

    static LppType of(int id) {
        for (LppType t : values()) {
            if (t.id == id) {
                return t;
            }
        }
        return null;
    }

    private static Part part(int size, boolean signed, double scale, String unit) {
        return new Part("", false, size, signed, scale, unit);
    }

    private static Part axis(String suffix, int size, double scale, String unit) {
        return new Part(suffix, false, size, true, scale, unit);
    }

    private static Part rgb(String suffix) {
        return new Part(suffix, false, 1, false, 1, null);
    }

    private static Part named(String name, int size, double scale, String unit) {
        return new Part(name, true, size, true, scale, unit);
    }
}
